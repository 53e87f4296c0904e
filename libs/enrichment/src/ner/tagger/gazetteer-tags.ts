import { Gazetteer, nameKey } from '../../geo/gazetteer';
import type { TaggerToken } from './tagger-doc';

/** Kinds of gazetteer entries, in code order. */
const KINDS = ['country', 'city', 'capital', 'region', 'continent', 'water'];
const MAX_TOKENS = 4;

/**
 * "Gazetteer membership": the longest run of up to four tokens starting with a capital letter whose name is in
 * the gazetteer (countries, regions, GeoNames cities), marked on each of its tokens as a small code:
 * 1 + (position: 0 begin, 1 inside) + 2 * (kind * 2 + populous), 0 for none. Populous: the top entry has at
 * least 100,000 inhabitants or is a country or region. The model learns that "Washington" the city is often a
 * person and that a club shares its city's name; membership alone decides nothing.
 */
export function gazetteerCodes(tokens: TaggerToken[], sentenceStarts: number[], gazetteer: Gazetteer): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const sentenceOf = new Int32Array(tokens.length);
  for (let s = 0, k = 0; k < tokens.length; k++) {
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] <= k) s++;
    sentenceOf[k] = s;
  }
  const firsts = firstWords(gazetteer);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text;
    if (!startsUpper(word) || !(firsts.has(nameKey(word)) || firsts.has(word.toLowerCase()))) continue;
    let matched = 0;
    let code = 0;
    let name = '';
    for (let n = 1; n <= MAX_TOKENS && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (n > 1 && (sentenceOf[i + n - 1] !== sentenceOf[i] || t.start - tokens[i + n - 2].end > 1)) break;
      name = n === 1 ? t.text : `${name} ${t.text}`;
      const entries = gazetteer.byName.get(nameKey(name));
      if (!entries?.length) continue;
      const top = entries[0];
      const kind = Math.max(0, KINDS.indexOf(top.kind));
      const populous = top.kind !== 'city' && top.kind !== 'capital' ? 1 : top.population >= 100000 ? 1 : 0;
      matched = n;
      code = 2 * (kind * 2 + populous);
    }
    for (let k = 0; k < matched; k++) out[i + k] = 1 + (k === 0 ? 0 : 1) + code;
    if (matched) i += matched - 1;
  }
  return out;
}

/**
 * "First-word pre-check": the look-up keys' first words, so a capitalised token that starts no gazetteer name
 * costs one set look-up instead of four joined-name look-ups. "st"/"mt" stand for the keys' "saint"/"mount".
 */
const FIRST_WORDS = new WeakMap<Gazetteer, Set<string>>();

function firstWords(gazetteer: Gazetteer): Set<string> {
  let set = FIRST_WORDS.get(gazetteer);
  if (!set) {
    set = new Set(['st', 'mt']);
    for (const key of gazetteer.byName.keys()) set.add(key.split(' ')[0]);
    FIRST_WORDS.set(gazetteer, set);
  }
  return set;
}

function startsUpper(word: string): boolean {
  if (!word) return false;
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0];
  return first !== first.toLowerCase();
}
