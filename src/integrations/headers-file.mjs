// The `_headers` file format of Netlify and Cloudflare Pages, both ways: a line with a path pattern
// ("/*", "/talk/"), then one indented "Name: value" line per header; "#" starts a comment line.

/**
 * @typedef {{ path: string, headers: Record<string, string> }} HeaderRule
 *   `path` is a URL path, where a trailing "*" matches any rest ("/*" matches every path).
 */

/**
 * Write rules as a `_headers` file.
 * @param {HeaderRule[]} rules
 * @returns {string}
 */
export function formatHeadersFile(rules) {
  return rules
    .map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)])
    .flat()
    .join('\n')
    .concat('\n');
}

/**
 * Read a `_headers` file.
 * @param {string} text
 * @returns {HeaderRule[]}
 * @throws {Error} naming the line, for a header line before any path or a line that is not "Name: value".
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) return void rules.push({ path: trimmed, headers: {} });
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers[trimmed.slice(0, colon).trim()] = trimmed.slice(colon + 1).trim();
  });
  return rules;
}

/**
 * The headers that apply to a URL path: those of every matching rule, later rules winning.
 * @param {HeaderRule[]} rules
 * @param {string} pathname a URL path such as "/talk/"
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  const matches = (/** @type {string} */ pattern) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers));
}
