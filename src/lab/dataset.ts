/** A labelled text from the declaration: which language, which article (0 = preamble), and the text. */
export interface Sample {
  lang: string;
  article: number;
  text: string;
}

/** The prepared dataset the page fetches (/lab/udhr.json) and the CLI builds: samples plus where they came from. */
export interface LabDataset {
  source: string;
  languages: string[];
  samples: Sample[];
  unseen: Sample[];
}

/** How many samples each language has: `{ en: 120, … }`, in the order of `languages`. */
export function classBalance(samples: readonly Sample[], languages: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(languages.map((lang) => [lang, 0]));
  for (const { lang } of samples) counts[lang] = (counts[lang] ?? 0) + 1;
  return counts;
}
