import { JsonLdData, jsonLdStrings } from './json-ld';
import { PageMeta, firstMeta } from './page-meta';

/**
 * A language hint (primary subtag, lower case): <html lang>, content-language, og:locale, JSON-LD
 * inLanguage; else a guess from the body's script and, for Latin script, from function-word counts.
 */
export function extractLanguage(pageMeta: PageMeta, jsonLd: JsonLdData, bodyText: string): string | null {
  const declared =
    pageMeta.htmlLang ??
    firstMeta(pageMeta, ['content-language', 'language', 'dc.language', 'og:locale']) ??
    jsonLdStrings(jsonLd.article?.inLanguage)[0] ??
    null;
  const primary = declared ? primarySubtag(declared) : null;
  if (primary) return primary;
  return guessLanguage(bodyText);
}

function primarySubtag(tag: string): string | null {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|$)/.exec(tag);
  return m ? m[1].toLowerCase() : null;
}

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'was'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auch', 'ein'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'qui'],
  es: ['el', 'la', 'los', 'que', 'y', 'en', 'del', 'las', 'por', 'una'],
  it: ['il', 'che', 'di', 'la', 'per', 'non', 'una', 'sono', 'della', 'gli'],
  pt: ['o', 'que', 'de', 'não', 'uma', 'os', 'do', 'da', 'em', 'para'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'is', 'op', 'zijn'],
  pl: ['nie', 'się', 'w', 'i', 'na', 'że', 'jest', 'do', 'to', 'z'],
};

/** Script first (Arabic, Cyrillic, CJK, ...), then the Latin language with the most function words. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const counts: Record<string, number> = {};
  const scripts: [string, RegExp][] = [
    ['ar', /\p{Script=Arabic}/gu],
    ['he', /\p{Script=Hebrew}/gu],
    ['ru', /\p{Script=Cyrillic}/gu],
    ['el', /\p{Script=Greek}/gu],
    ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
    ['zh', /\p{Script=Han}/gu],
    ['ko', /\p{Script=Hangul}/gu],
    ['hi', /\p{Script=Devanagari}/gu],
    ['th', /\p{Script=Thai}/gu],
  ];
  for (const [lang, pattern] of scripts) counts[lang] = (sample.match(pattern) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  if (counts.ja > 0 && counts.ja + counts.zh > letters * 0.3) return 'ja';
  for (const [lang] of scripts) if (counts[lang] > letters * 0.3) return lang;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return bestCount >= 3 ? best : null;
}
