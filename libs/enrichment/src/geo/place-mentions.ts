import type { EntitySpan, Mention } from '../types';
import { demonymCountry } from './demonyms';
import { REGION_ADJECTIVES } from './region-adjectives';
import { FIRST_NAMES } from '../ner/first-names';
import { Gazetteer, GazetteerEntry, nameKey } from './gazetteer';
import { hyphenatedCompounds } from '../text/hyphenated-compounds';
import { isCapitalized } from '../text/tokenize';
import { findDatelines } from './datelines';
import { boundedMemo } from '../text/bounded-memo';
import { ENGLISH_WORDS } from '../ner/english-words';
import { COMMON_SURNAMES } from '../ner/surnames';

/**
 * Which words of an article name places: the recogniser's LOC spans first, then what a reader also takes for a
 * place although the recogniser typed it otherwise or not at all:
 * - demonyms and regional adjectives ("Syrian", "European"), linked to their country or region ("forced");
 * - places at the head of organisation names ("University of California", "Enfield Council", "Red Deer
 *   Skating Association"): countries, regions and big cities anywhere, any gazetteer town before an
 *   institution word;
 * - a PER/ORG span that is exactly a gazetteer name and stands where places stand ("in Hinton", "Hinton,
 *   Alberta"): the recogniser's type loses to the locative context;
 * - datelines ("WASHINGTON —", "INNISFAIL, Alta. —") and country or region names the recogniser missed;
 * - "Syrian-Turkish", "Russian-backed": demonyms and countries joined by hyphens.
 * A mention followed by ", Place" gets that place as its container ("Springfield, Ill.").
 */
export interface PlaceMention {
  mention: Mention;
  /** Gazetteer key ('' for forced mentions). */
  key: string;
  /** Forced entry (demonyms, regional adjectives). */
  forced?: GazetteerEntry;
  /** The place named right after it (", Florida"). */
  container?: PlaceMention;
  /** Named in the article's dateline. */
  dateline?: boolean;
  /** A demonym or adjective ("Syrian"), not the place's name. */
  adjective?: boolean;
}

export interface FoundMentions {
  mentions: PlaceMention[];
  /** Streets, buildings and facilities that no gazetteer holds (placed at the article's focus). */
  locals: Mention[];
}

/** Organisation heads that name a building or site, located where the article is. */
const FACILITY_HEADS = new Set(
  (
    'Center Centre Hall Court Courthouse Hospital School Airport Stadium Arena Park Church Cathedral Chapel Museum ' +
    'Library Station Hotel Prison Jail Mall Market Theatre Theater Zoo Cemetery Bridge Tower Building Plaza Office ' +
    'Inn Elementary Racecourse Racetrack Complex Plantation Furnaces Courthouse Graveyard Campus Pier Marina Wharf'
  ).split(' '),
);

/** Road numbers after "the", "via", "on" ("the A417", "on I-95"), which recognisers type as organisations. */
const ROAD = /^(?:A\d{2,4}|M\d{1,2}|I-\d{1,3}|(?:Route|Highway|Interstate) \d{1,4})$/;

/** Words that, right after a town's name, make an organisation local to that town ("Enfield Council"). */
const INSTITUTION_WORDS = new Set(
  (
    'Council Police Sheriff Fire Department Dept Times Herald Gazette Courier Post News Tribune Journal Chronicle ' +
    'Board School Schools District Hospital Coroner Chamber Library Township Borough City County Town Village ' +
    'Municipal Regional Public Community Area Skating Hockey Football Rugby Cricket Club United Rovers Athletic ' +
    'Mayor Court Crown Magistrates Jail Prison Airport Station Transit Water Housing Health Memorial General High ' +
    'Elementary Middle College University Institute Museum Zoo Library Symphony Church Cathedral Mosque Temple OPP EMS RCMP PD'
  ).split(' '),
);

/**
 * Words of an organisation or agreement that a city only names ("Shanghai Cooperation Organization", "Paris
 * Agreement", "Minsk Group"): the city in it is not a place the article talks about.
 */
const NAME_GIVER_WORDS =
  /\b(?:Cooperation|Co-operation|Organi[sz]ation|Agreement|Accords?|Protocol|Pact|Club|Group|Process|Convention|Declaration|Treaty|Format|Consensus|Principles|Syndrome)\b/;

/** Words before a name that make it a place for a reader ("in Hinton", "near Innisfail"). */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|near|outside|into|across|around|toward|towards|through|via)\s+$/i;
/** Weaker cues ("moved to Hinton", "a man from Innisfail"): also said of people, so not for surnames. */
const WEAK_LOCATIVE_BEFORE = /(?:^|\s)(?:from|to)\s+$/i;

const HYPHENATED_CITY_POPULATION = 50_000;
const EMBEDDED_CITY_POPULATION = 100_000;
/** Generic heads that the gazetteer leaves out ("Suffolk County" → "Suffolk", "Lagos State" → "Lagos"). */
const DROPPABLE_HEADS =
  /\s+(Province|State|Region|Governorate|Oblast|Prefecture|City|Municipality|County|Parish|District)$/;

/**
 * `gazetteer` is the recogniser's (whether a PER/ORG name or a word inside one is a place); `wide`, the resolver's
 * larger one (resolver-gazetteer.ts), names what the recogniser already typed LOC and datelines: a village of 600
 * or a section of London is worth a look-up when the text says it is a place, not when it is a surname.
 */
export function findPlaceMentions(
  spans: EntitySpan[],
  text: string | undefined,
  gazetteer: Gazetteer,
  wide: Gazetteer = gazetteer,
): FoundMentions {
  const mentions: PlaceMention[] = [];
  const locals: Mention[] = [];
  const forcedOf = (word: string): GazetteerEntry | undefined => {
    const region = Object.hasOwn(REGION_ADJECTIVES, word) ? REGION_ADJECTIVES[word] : undefined;
    if (region) return gazetteer.byName.get(nameKey(region))?.[0];
    const cc = demonymCountry(word);
    return cc ? gazetteer.countries.get(cc) : undefined;
  };
  const before = (start: number): string => (text ? text.slice(Math.max(0, start - 12), start) : '');
  const after = (end: number): string => (text ? text.slice(end, end + 40) : '');
  // "One sense per article": a gazetteer name the recogniser typed LOC more often than anything else is a place
  // wherever it recurs ("Nelson" typed LOC twice and PER once).
  const votes = new Map<string, number>();
  for (const s of spans) votes.set(s.text, (votes.get(s.text) ?? 0) + (s.type === 'LOC' ? 1 : -1));
  const locTexts = new Set([...votes].filter(([, v]) => v > 0).map(([t]) => t));
  for (const s of spans) {
    const m = { start: s.start, end: s.end, text: s.text };
    if (s.type !== 'LOC' && locTexts.has(s.text) && !isAcronym(s.text)) {
      const key = locKey(s.text, gazetteer);
      if (key) {
        mentions.push({ mention: m, key });
        continue;
      }
    }
    if (s.type !== 'LOC' && ROAD.test(s.text) && /\b(?:the|via|on|off|along)\s+$/i.test(before(s.start))) {
      locals.push(m);
      continue;
    }
    if (s.type === 'LOC') {
      const key = locKey(s.text, wide);
      if (key) mentions.push({ mention: m, key });
      else {
        const inner = /\s|-/.test(s.text) ? embeddedPlaces(s, gazetteer, forcedOf) : [];
        mentions.push(...inner);
        if (!inner.length) locals.push(m);
      }
      continue;
    }
    if (s.type === 'MISC' && forcedOf(s.text)) {
      mentions.push({ mention: m, key: '', forced: forcedOf(s.text), adjective: true });
      continue;
    }
    // A name typed PER or ORG that is a place where it stands: "in Hinton", "Innisfail, Alta.".
    const cue = before(s.start);
    const placeCue =
      (s.type === 'PER' || s.type === 'ORG') &&
      !isAcronym(s.text) &&
      (LOCATIVE_BEFORE.test(cue) ||
        (WEAK_LOCATIVE_BEFORE.test(cue) && !COMMON_SURNAMES.has(s.text.toLowerCase())) ||
        containerAfter(after(s.end), gazetteer));
    const whole = placeCue ? locKey(s.text, gazetteer) : null;
    if (whole) {
      mentions.push({ mention: m, key: whole });
      continue;
    }
    if (s.type === 'ORG' || s.type === 'MISC') {
      const inner = embeddedPlaces(s, gazetteer, forcedOf);
      mentions.push(...inner);
      if (!inner.length && s.type === 'ORG' && /\s/.test(s.text) && FACILITY_HEADS.has(s.text.split(/\s+/).pop() ?? ''))
        locals.push(m);
    } else if (s.type === 'PER' && /\s/.test(s.text) && FACILITY_HEADS.has(s.text.split(/\s+/).pop() ?? '')) {
      // "Percy French Hotel", "Patriot High": a building the recogniser took for a person.
      locals.push(m);
    } else if (s.type === 'PER' && /\s/.test(s.text) && !FIRST_NAMES.has(s.text.split(/\s+/)[0].toLowerCase())) {
      // A "person" without a given name may be a place-led name the recogniser could not type ("Smart Dubai").
      mentions.push(...embeddedPlaces(s, gazetteer, forcedOf));
    }
  }
  if (text) {
    // Characters already inside a span or a mention (one pass, then O(length) per question).
    const covered = new Uint8Array(text.length + 1);
    for (const r of [...spans, ...mentions.map((t) => t.mention)]) covered.fill(1, r.start, r.end);
    const taken = (start: number, end: number): boolean => {
      for (let i = start; i < end; i++) if (covered[i]) return true;
      return false;
    };
    for (const d of findDatelines(text)) {
      if (taken(d.start, d.end)) continue;
      const key = locKey(d.text, wide);
      if (!key) continue;
      mentions.push({ mention: d, key, dateline: true });
      covered.fill(1, d.start, d.end);
    }
    mentions.push(...missedAreaNames(text, taken, gazetteer));
    const placeOfWord = (word: string): GazetteerEntry | undefined =>
      forcedOf(word) ??
      gazetteer.byName.get(nameKey(word))?.find((h) => h.kind === 'country') ??
      gazetteer.byName.get(nameKey(word))?.find((h) => h.kind !== 'city' || h.population >= HYPHENATED_CITY_POPULATION);
    mentions.push(...hyphenatedPlaces(text, mentions, placeOfWord));
    mentions.push(...prefixedDemonyms(text, mentions, forcedOf));
  }
  mentions.sort((a, b) => a.mention.start - b.mention.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const gap = mentions[i + 1].mention.start - mentions[i].mention.end;
    const between = text ? text.slice(mentions[i].mention.end, mentions[i + 1].mention.start) : gap <= 2 ? ', ' : '';
    if (/^\s*,\s*$/.test(between)) mentions[i].container = mentions[i + 1];
  }
  // Datelines say where the article is: mark the mentions that name the dateline's place again.
  const datelineKeys = new Set(mentions.filter((p) => p.dateline).map((p) => p.key));
  for (const p of mentions) if (p.key && datelineKeys.has(p.key) && p.mention.start < 400) p.dateline = true;
  return { mentions, locals };
}

/** ", Alberta" / ", Ill." / ", Kazakhstan" right after a name: a region or country follows. */
function containerAfter(rest: string, gazetteer: Gazetteer): boolean {
  const m = /^,\s+(\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?)/u.exec(rest);
  if (!m) return false;
  for (const phrase of [m[1], m[1].split(/\s/)[0]])
    if (gazetteer.byName.get(nameKey(phrase))?.some((h) => h.kind === 'region' || h.kind === 'country')) return true;
  return false;
}

/**
 * Country and first-level region names that no span covers (a recogniser misses words in headlines, lists and
 * all-caps lines): "Ohio", "Manitoba", "China", and cities of a million ("Montreal"). Smaller towns are left
 * out: too many are also words or surnames.
 */
function missedAreaNames(
  text: string,
  taken: (start: number, end: number) => boolean,
  gazetteer: Gazetteer,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const re = /\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2}/gu;
  const firstWords = areaFirstWords(gazetteer);
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/[ -]/);
    if (!firstWords.has(nameKey(words[0]))) continue;
    // Longest prefix that names a country or region.
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ');
      const start = m.index;
      const end = start + m[0].slice(0, phrase.length).length;
      if (phrase.length < 4 || taken(start, end)) continue;
      if (text.slice(start, end) !== phrase) continue;
      const hits = gazetteer.byName.get(nameKey(phrase));
      if (hits?.[0] && isMissableArea(hits[0], phrase) && !isAllCapsWord(phrase)) {
        out.push({ mention: { start, end, text: phrase }, key: nameKey(phrase) });
        break;
      }
    }
  }
  return out;
}

/** Names taken without a span: countries, regions and cities of a million ("Montreal", "New York"), not given names. */
const MISSED_CITY_POPULATION = 1_000_000;

function isMissableArea(top: GazetteerEntry, name: string): boolean {
  if (top.kind === 'country' || top.kind === 'region') return true;
  return (
    (top.kind === 'city' || top.kind === 'capital') &&
    top.population >= MISSED_CITY_POPULATION &&
    !FIRST_NAMES.has(name.toLowerCase())
  );
}

const firstWordsCache = new WeakMap<Gazetteer, Set<string>>();

/** First words of the country and region names: most capitalised words start none, and are skipped at once. */
function areaFirstWords(gazetteer: Gazetteer): Set<string> {
  let set = firstWordsCache.get(gazetteer);
  if (!set) {
    set = new Set<string>();
    for (const [key, hits] of gazetteer.byName) if (hits[0] && isMissableArea(hits[0], key)) set.add(key.split(' ')[0]);
    firstWordsCache.set(gazetteer, set);
  }
  return set;
}

/** "APC", "NATO", "BA": organisations' initials, whatever town shares the letters. */
function isAcronym(w: string): boolean {
  return /^[\p{Lu}.&]{2,6}$/u.test(w);
}

function isAllCapsWord(w: string): boolean {
  return w.length <= 3 && w === w.toUpperCase();
}

/**
 * "Embedded toponyms": places named inside an organisation's or event's name ("University of California",
 * "Air Zimbabwe", "Toronto Police Services Board", "Single European Sky", "Syrian-Turkish"): countries, regions,
 * continents and cities of ≥ 100,000 people, and demonyms; any gazetteer town when an institution word follows it
 * ("Enfield Council", "Metcalfe County Sheriff").
 */
function embeddedPlaces(
  s: EntitySpan,
  gazetteer: Gazetteer,
  forcedOf: (word: string) => GazetteerEntry | undefined,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const words = [...s.text.matchAll(/\p{L}[\p{L}.'’]*/gu)];
  for (let i = 0; i < words.length; i++) {
    // Every phrase tried from word i starts with that word's first letter: a lower-case word starts none.
    if (!isCapitalized(words[i][0])) continue;
    for (let len = Math.min(3, words.length - i); len >= 1; len--) {
      const first = words[i];
      const last = words[i + len - 1];
      const from = first.index ?? 0;
      const to = (last.index ?? 0) + last[0].length;
      const phrase = s.text.slice(from, to).replace(/['’]s$/, '');
      if (/[^\p{L}\s.'’-]/u.test(phrase)) continue;
      const mention = { start: s.start + from, end: s.start + from + phrase.length, text: phrase };
      const forced = len === 1 ? forcedOf(phrase) : undefined;
      if (forced) {
        out.push({ mention, key: '', forced, adjective: true });
        break;
      }
      const key = locKey(phrase, gazetteer);
      const hits = key ? gazetteer.byName.get(key) : undefined;
      const next = words[i + len]?.[0];
      // A town heads a local institution ("Enfield Council"), unless the "town" is a word ("Supreme Court").
      const local =
        i === 0 && next !== undefined && INSTITUTION_WORDS.has(next) && !ENGLISH_WORDS.has(phrase.toLowerCase());
      const nameGiver = NAME_GIVER_WORDS.test(s.text.slice(to));
      const cityOk = (h: GazetteerEntry): boolean => !nameGiver && (local || h.population >= EMBEDDED_CITY_POPULATION);
      if (
        key &&
        hits?.some(
          (h) =>
            h.kind !== 'water' && (h.kind === 'country' || h.kind === 'region' || h.kind === 'continent' || cityOk(h)),
        )
      ) {
        out.push({ mention, key });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** "Syrian-Turkish border", "Russian-backed", "DPRK-U.S. summit": demonyms and countries joined by hyphens. */
function hyphenatedPlaces(
  text: string,
  taken: PlaceMention[],
  placeOf: (word: string) => GazetteerEntry | undefined,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of hyphenatedCompounds(text)) {
    let offset = m.index;
    for (const part of m.text.split('-')) {
      const forced = placeOf(part);
      const start = offset;
      offset += part.length + 1;
      if (!forced || taken.some((t) => t.mention.start < start + part.length && start < t.mention.end)) continue;
      out.push({ mention: { start, end: start + part.length, text: part }, key: '', forced, adjective: true });
    }
  }
  return out;
}

/** "anti-Russian", "pro-Western", "ex-Soviet": a demonym after a lower-case prefix and a hyphen. */
function prefixedDemonyms(
  text: string,
  taken: PlaceMention[],
  forcedOf: (word: string) => GazetteerEntry | undefined,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(/\b(?:anti|pro|ex|non|post|pan|neo)-(\p{Lu}\p{Ll}+)/gu)) {
    const forced = forcedOf(m[1]);
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!forced || taken.some((t) => t.mention.start < end && start < t.mention.end)) continue;
    out.push({ mention: { start, end, text: m[1] }, key: '', forced, adjective: true });
  }
  return out;
}

/** The gazetteer key of a place name, trying it without "the", "'s" and generic heads ("Suffolk County"). */
export function locKey(text: string, gazetteer: Gazetteer): string | null {
  let memo = locKeyMemos.get(gazetteer);
  if (!memo) {
    memo = boundedMemo((t) => computeLocKey(t, gazetteer) ?? '');
    locKeyMemos.set(gazetteer, memo);
  }
  return memo(text) || null;
}

/** One memo per gazetteer (the recogniser's and the resolver's are both asked). */
const locKeyMemos = new WeakMap<Gazetteer, (text: string) => string>();

function computeLocKey(text: string, gazetteer: Gazetteer): string | null {
  const base = nameKey(text.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  if (gazetteer.byName.has(base)) return base;
  const stripped = nameKey(text.replace(/^the\s+/i, '').replace(DROPPABLE_HEADS, ''));
  if (stripped !== base && gazetteer.byName.has(stripped)) return stripped;
  return null;
}
