/** A Markdown table from a header row and body rows; `|` inside cells is escaped so a cell cannot split. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** 0.9731 → "97.3 %"; NaN → "–". */
export const percent = (share: number, digits = 1) =>
  Number.isNaN(share) ? '–' : `${(share * 100).toFixed(digits)} %`;

/** Bytes as KB or MB with one decimal (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Milliseconds with precision that suits their size: 0.123 ms, 12.3 ms, 1,234 ms. */
export function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return '–';
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms).toLocaleString('en')} ms`;
}
