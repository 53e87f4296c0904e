/**
 * The PostgreSQL text search configuration for an article's language (ISO 639-1), so stemming and stop words fit
 * the text; languages PostgreSQL has no configuration for fall back to 'simple' (no stemming, no stop words).
 */
const CONFIGS: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  nl: 'dutch',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

export function searchConfigFor(language: string | null | undefined): string {
  if (!language) return 'simple';
  return CONFIGS[language.toLowerCase().split(/[-_]/)[0]] ?? 'simple';
}
