import type { EntitySpan, EntityType } from '../types';
import { Token, isAllCaps, isCapitalized, tokenize } from '../text/tokenize';
import { LETTER, NUMBER, hasClass } from '../text/char-classes';
import { hasAsciiCapital, lowerUpperSteps } from './word-shape';
import { COMMON_WORDS, FUNCTION_WORDS, TIME_WORDS } from './common-words';
import { FIRST_NAMES, GIVEN_NAMES } from './first-names';
import { MISC_WORDS } from './misc-names';
import { HISTORICAL_PLACES } from './historical-places';
import { definitionType, isFollowedByContainerPlace, leftContextType, modifiedNounType } from './context-cues';
import { isCommonNoun } from './noun-lexicon';
import { COMMON_SURNAMES } from './surnames';
import { KNOWN_ORGANIZATIONS } from './known-organizations';
import { HEAD_TITLES, NAME_SUFFIXES, TITLE_WORDS } from './titles';
import {
  LOC_HEADS,
  LOC_OF_HEADS,
  LOC_OPENERS,
  MISC_HEADS,
  MISC_OF_HEADS,
  MISC_OPENERS,
  ORG_HEADS,
  ORG_OF_HEADS,
  ORG_OPENERS,
} from './type-cue-words';
import { DEMONYMS, GROUP_ADJECTIVES, demonymCountry } from '../geo/demonyms';
import { REGION_ADJECTIVES } from '../geo/region-adjectives';
import { Gazetteer, GazetteerEntry, loadGazetteer, nameKey } from '../geo/gazetteer';
import { tagEntities } from './tagger/tag-entities';
import { loadTaggerModel } from './tagger/model-loader';

/**
 * Rule-and-lexicon named-entity recogniser. Steps, each a named heuristic:
 * 1. "capitalised runs": maximal runs of capitalised words, bridged by name particles (de, van, bin, al) and by
 *    "of" after an "X of Y" head ("Ministry of Defense"), never across punctuation except initials' dots.
 * 2. "sentence-initial function words": a run's first word at a sentence start is dropped when it is a common word.
 * 3. "leading demonyms": "Iranian Defense Minister …" → "Iranian" (MISC) is split off the run.
 * 4. "title stripping": leading ranks/offices ("Brigadier General") are cut and mark the rest as a person.
 * 5. "head-word typing": the last word (or the first, with "of") types the run: Organization → ORG, River → LOC,
 *    War → MISC; then gazetteer (countries, regions, cities), given names, speech verbs, shape.
 * 6. "document memory": a lone word that was part of a person's name earlier ("Ashtiani") is a person;
 *    an acronym in brackets after a name takes the name's type.
 */

/** Particles inside person and place names. */
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'bint',
  'abu',
  'st.',
  "d'",
]);
/** Verbs of saying after a name: heuristic "speaker cue" for persons. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'explained',
  'stated',
  'wrote',
  'tweeted',
  'noted',
  'argued',
  'asked',
  'replied',
  'insisted',
  'warned',
  'claimed',
  'emphasized',
  'emphasised',
  'stressed',
  'recalled',
  'admitted',
  'announced',
  'believes',
  'thinks',
  'was',
  'is',
  'has',
  'had',
  'who',
  'himself',
  'herself',
]);
/** Prepositions of place: heuristic "locative cue" for unknown single words. */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'throughout', 'towards', 'to']);
/** Country-code acronyms that are places, not organisations. */
const PLACE_ACRONYMS = new Set([
  'US',
  'U.S.',
  'UK',
  'U.K.',
  'USA',
  'U.S.A.',
  'UAE',
  'DRC',
  'NYC',
  'DC',
  'D.C.',
  'LA',
  'USSR',
  'PRC',
  'ROK',
  'DPRK',
  'GB',
]);
/** Acronyms of groups that are MISC by CoNLL conventions, or never entities. */
const NON_ENTITY_CAPS = new Set([
  'CD',
  'CDs',
  'DVD',
  'DJ',
  'MC',
  'ERA',
  'SWAT',
  'Ph.D',
  'LP',
  'EP',
  'MVP',
  'FAQ',
  'PR',
  'I',
  'A',
  'OK',
  'TV',
  'AM',
  'PM',
  'A.M.',
  'P.M.',
  'AD',
  'CEO',
  'GDP',
  'ID',
  'PhD',
  'MP',
  'MPs',
  'VIP',
  'DNA',
  'COVID',
  'COVID-19',
  'LOL',
  'OMG',
  'RT',
  'THE',
  'AND',
  'OF',
  'IN',
  'ON',
  'TO',
  'FOR',
  'IS',
  'IT',
  'MY',
  'ME',
  'WE',
  'HE',
  'NO',
  'SO',
  'UP',
  'AT',
  'BY',
  'DO',
  'GO',
  'OR',
  'BE',
  'IF',
  'AN',
  // Common abbreviations of things, offices, units and time zones (heuristic "non-entity acronyms").
  'OP',
  'MPP',
  'MLA',
  'MEP',
  'KO',
  'TKO',
  'SUV',
  'AIDS',
  'HIV',
  'BMX',
  'CAD',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'LLC',
  'POS',
  'OST',
  'ATM',
  'GPS',
  'USB',
  'PDF',
  'HTML',
  'URL',
  'LED',
  'LCD',
  'HD',
  'PC',
  'ICU',
  'IQ',
  'RPM',
  'MPH',
  'UFO',
  'DIY',
  'AKA',
  'RBI',
  'SMS',
  'IPO',
  'CFO',
  'COO',
  'CTO',
  'HQ',
  'PS',
  'NB',
  'ETA',
  'BBQ',
  'RSVP',
  'ASAP',
  'FYI',
]);

interface Run {
  tokens: Token[];
  /** Person cue from a stripped title. */
  titled: boolean;
}

function isNameWord(tok: Token): boolean {
  if (tok.nameWord === undefined) tok.nameWord = computeIsNameWord(tok);
  return tok.nameWord;
}

function computeIsNameWord(tok: Token): boolean {
  if (tok.kind !== 'word' || tok.inUrl) return false;
  const c = tok.text.charCodeAt(0);
  // Plain lower-case ASCII words are the common case: only "al-Assad"/"iPhone" shapes can still be names.
  if (c >= 97 && c <= 122 && !hasAsciiCapital(tok.text)) return false;
  // "Junk shape": link ids and hashtags run together ("xIomaTeVGX", "KW14LHfOKW", "BeautyOfAnAries").
  if (tok.text.length > 5 && hasClass(tok.text, NUMBER) && hasClass(tok.text, LETTER)) return false;
  if (lowerUpperSteps(tok.text) >= 2) return false;
  // Shouting: an all-caps common word ("SHE IS", "THE") is not a name ("US" and "UK" are).
  if (isAllCaps(tok.text) && !PLACE_ACRONYMS.has(tok.text) && FUNCTION_WORDS.has(tok.text.toLowerCase())) return false;
  if (isCapitalized(tok.text)) return true;
  // "al-Assad", "el-Sisi", "bin-Salman", "iPhone"-style words are names too.
  return /^(al|el|bin|ibn|abu)-\p{Lu}/u.test(tok.text) || /^[a-z]+\p{Lu}/u.test(tok.text);
}

function lower(tok: Token): string {
  return tok.text.toLowerCase();
}

/** Step 1: capitalised runs. */
function capitalisedRuns(tokens: Token[], text: string, gazetteer: Gazetteer): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length) {
      const tok = tokens[j];
      const prev = run[run.length - 1];
      if (hasLineBreak(text, prev.end, tok.start)) break;
      if (isNameWord(tok) && !tok.sentenceStart) {
        run.push(tok);
        j++;
        continue;
      }
      // Roman numerals and ordinals inside names ("World War II", "Apollo 11" is left out).
      if (tok.kind === 'word' && /^[IVX]+$/.test(tok.text)) {
        run.push(tok);
        j++;
        continue;
      }
      const next = tokens[j + 1];
      // Initials and abbreviated titles: "George W. Bush", "Dr. Smith", "St. Louis".
      if (
        tok.text === '.' &&
        prev.end === tok.start &&
        next &&
        isNameWord(next) &&
        text.slice(tok.end, next.start) === ' ' &&
        (prev.text.length === 1 || TITLE_WORDS.has(prev.text) || prev.text === 'St' || prev.text === 'Mt')
      ) {
        j++;
        continue;
      }
      const afterNext = tokens[j + 2];
      // "Nicknames in quotes": William "Cowboy" Cowley, Harold "Junior" Theriault are one person's name.
      if (isNicknameAt(tokens, j, text)) {
        run.push(tok, next, afterNext);
        j += 3;
        continue;
      }
      if (
        tok.kind === 'word' &&
        next &&
        NAME_PARTICLES.has(lower(tok)) &&
        NAME_PARTICLES.has(lower(next)) &&
        afterNext &&
        isNameWord(afterNext)
      ) {
        // Particle chains: "Joaquin de la Pazuela", "Vincent van der Berg".
        run.push(tok, next);
        j += 2;
        continue;
      }
      if (tok.kind === 'word' && next && isNameWord(next) && !next.sentenceStart) {
        const w = lower(tok);
        if (NAME_PARTICLES.has(w)) {
          run.push(tok);
          j++;
          continue;
        }
        // "X of Y": only after a head that takes "of" ("University of Texas", "Gulf of Mexico").
        if (
          w === 'of' &&
          run.length <= 4 &&
          (ORG_OF_HEADS.has(prev.text) ||
            LOC_OF_HEADS.has(prev.text) ||
            ORG_OF_HEADS.has(run[0].text) ||
            LOC_OF_HEADS.has(run[0].text) ||
            MISC_OF_HEADS.has(prev.text) ||
            ORG_HEADS.has(prev.text))
        ) {
          run.push(tok);
          j++;
          continue;
        }
        // "Trinidad and Tobago", "Bosnia and Herzegovina": a known name spanning "and".
        if ((w === 'and' || w === '&') && gazetteer.byName.has(nameKey(`${prev.text} ${tok.text} ${next.text}`))) {
          run.push(tok);
          j++;
          continue;
        }
        // "Bank and Trust Company": "and" inside one organisation's name — but not between two complete names
        // ("Dallas Morning News and Houston Post").
        if (
          (w === 'and' || w === '&') &&
          !ORG_HEADS.has(prev.text) &&
          ORG_HEADS.has(findOrgHeadAhead(tokens, j + 1) ?? '')
        ) {
          run.push(tok);
          j++;
          continue;
        }
      }
      if (tok.text === '&' && next && isNameWord(next) && !run.some((t) => GIVEN_NAMES.has(lower(t)))) {
        run.push(tok);
        j++;
        continue;
      }
      break;
    }
    // Never end on a particle.
    while (run.length > 1 && !isNameWord(run[run.length - 1]) && !/^[IVX]+$/.test(run[run.length - 1].text)) run.pop();
    runs.push(run);
    i = j;
  }
  return runs;
}

/** True when text[from, to) holds a line break (the gap between two tokens; no substring made). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);

/**
 * True when tokens[j] opens a quoted single capitalised word that sits between two name words
 * ("William "Cowboy" Cowley"): a nickname inside a person's name, not a title of a work.
 */
function isNicknameAt(tokens: Token[], j: number, text: string): boolean {
  // Plain indexing rather than destructuring a fresh array: this runs for nearly every token.
  const open = tokens[j];
  const nick = tokens[j + 1];
  const close = tokens[j + 2];
  const after = tokens[j + 3];
  if (!open || !nick || !close || !after || j === 0) return false;
  if (!OPEN_QUOTES.has(open.text) || !CLOSE_QUOTES.has(close.text)) return false;
  const before = tokens[j - 1];
  return (
    isNameWord(before) &&
    !TITLE_WORDS.has(before.text) &&
    text.slice(before.end, open.start) === ' ' &&
    nick.start === open.end &&
    close.start === nick.end &&
    text.slice(close.end, after.start) === ' ' &&
    /^\p{Lu}/u.test(nick.text) &&
    isNameWord(after)
  );
}

/** The capitalised word that ends the run starting at index k, if any (for "Bank and Trust Company"). */
function findOrgHeadAhead(tokens: Token[], k: number): string | null {
  let last: string | null = null;
  while (k < tokens.length && isNameWord(tokens[k])) last = tokens[k++].text;
  return last;
}

/**
 * Named entities of a text, as the enricher ships them: the rule recogniser (steps above). The trained tagger
 * (`recognizeEntitiesWithTagger`) is not the default yet: it wins on Reuters news (CoNLL-2003 dev 88.8 F1 against
 * 73.7) but loses on WikiGold (63.4 against 71.1), and it costs about 10 ms of CPU per article against about 1 ms
 * (`npm run bench:enrich`, section "entity recognisers side by side").
 */
export function recognizeEntities(text: string): EntitySpan[] {
  return recognizeEntitiesByRules(text);
}

/**
 * Named entities by the trained tagger (ner/tagger/, weights in libs/enrichment/models/), which reads the rule
 * recogniser's spans as features. Same output shape as the rules: spans in text order, UTF-16 offsets.
 */
export function recognizeEntitiesWithTagger(text: string): EntitySpan[] {
  return tagEntities(text, loadTaggerModel(), recognizeEntitiesByRules(text));
}

/** The rule-and-lexicon recogniser alone (steps above): the tagger's features, and the benchmark's baseline. */
export function recognizeEntitiesByRules(text: string): EntitySpan[] {
  return recognizeEntitiesTraced(text).map(({ start, end, type, text: t }) => ({ start, end, type, text: t }));
}

/** Same as recognizeEntities, with the name of the deciding heuristic on each span. */
export function recognizeEntitiesTraced(text: string): (EntitySpan & { rule: string })[] {
  const tokens = tokenize(text);
  const gazetteer = loadGazetteer();
  const spans: Internal[] = [];
  const pending: Run[] = [];

  // Step 0, "quoted titles": a title-case phrase in double quotes is a work (song, album, film, book): MISC.
  const quoted = quotedTitles(text, tokens);
  for (const q of quoted) spans.push(spanOf(q, 'MISC', text, 'quoted-title'));
  const inQuoted = new Set(quoted.flat());
  // "Call signs": digits glued to capitals ("6PR", "3AW", "2GB") name broadcasters and similar outfits.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const num = tokens[i];
    const caps = tokens[i + 1];
    if (num.kind !== 'number' || !/^\d{1,2}$/.test(num.text) || caps.start !== num.end) continue;
    if (
      !/^\p{Lu}{2,4}$/u.test(caps.text) ||
      (tokens[i + 2] && tokens[i + 2].start === caps.end && tokens[i + 2].kind === 'word')
    )
      continue;
    spans.push(spanOf([num, caps], 'ORG', text, 'call-sign'));
    inQuoted.add(caps);
  }

  for (let run of capitalisedRuns(tokens, text, gazetteer)) {
    if (run.some((t) => inQuoted.has(t))) continue;
    // "Article-led titles": a capitalised "A"/"An" mid-sentence opens the title of a work ("their album
    // A Beautiful Lie", "A Storm to Come is …" stays sentence-initial and is not covered).
    if (
      run.length >= 2 &&
      (run[0].text === 'A' || run[0].text === 'An') &&
      !run[0].sentenceStart &&
      run.slice(1).every((t) => !GIVEN_NAMES.has(lower(t)))
    ) {
      spans.push(spanOf(run, 'MISC', text, 'article-title'));
      continue;
    }
    // Step 2: sentence-initial function words and time words at either end (not when they start a known
    // place: "New York", "South Africa", "United States").
    while (
      run.length &&
      (isCommonAt(run[0]) || TIME_WORDS.has(lower(run[0])) || isLeadingAdverbOrNumber(run)) &&
      !startsKnownPlace(run, gazetteer)
    )
      run = run.slice(1);
    while (
      run.length &&
      (TIME_WORDS.has(lower(run[run.length - 1])) ||
        (COMMON_WORDS.has(lower(run[run.length - 1])) && !isAllCaps(run[0].text) && run.length === 1))
    )
      run = run.slice(0, -1);
    // A time word in the middle splits the run ("Friday Ashtiani" is not a name).
    const cut = run.findIndex((t) => TIME_WORDS.has(lower(t)));
    if (cut > 0) {
      pending.push({ tokens: run.slice(0, cut), titled: false });
      const rest = run.slice(cut + 1);
      if (rest.length) pending.push({ tokens: rest, titled: false });
      continue;
    }
    if (run.length) pending.push({ tokens: run, titled: false });
  }

  for (const r of pending) {
    let run = r.tokens;
    // Step 3: leading demonyms and country names split off ("Iranian Defense Minister …", "US President …").
    run = splitLeadingModifiers(run, spans, text, gazetteer);
    // Step 4: title stripping.
    let titled = false;
    let k = 0;
    let sawHead = false;
    while (k < run.length - 1 && (TITLE_WORDS.has(run[k].text) || TITLE_WORDS.has(run[k].text.replace(/\.$/, '')))) {
      if (HEAD_TITLES.has(run[k].text)) sawHead = true;
      k++;
    }
    if (
      k > 0 &&
      sawHead &&
      !ORG_HEADS.has(run[run.length - 1].text) &&
      !LOC_HEADS.has(run[run.length - 1].text) &&
      !(run.length - k === 1 && FUNCTION_WORDS.has(lower(run[k]))) // "Doctor Who" is a title, not Dr. Who
    ) {
      run = run.slice(k);
      titled = true;
    } else if (
      run.some((t) => isTitleWord(t.text)) &&
      run.every((t) => isTitleWord(t.text) || demonymCountry(t.text))
    ) {
      continue; // "Defense Minister", "President": an office, not a name.
    }
    if (!run.length) continue;
    const typed = refineByContext(classify(run, titled, tokens, gazetteer), run, tokens, gazetteer);
    if (typed) spans.push(spanOf(typed[2] ? run.slice(typed[2]) : run, typed[0], text, typed[1]));
  }

  resolveByDocumentMemory(spans, tokens, text, gazetteer);
  spans.sort((a, b) => a.start - b.start);
  typeByCoordination(spans, text);
  dropShapeGuessesInTitleCase(spans, tokens, text);
  for (const s of spans) includeAbbreviationDot(s, text);
  for (const s of spans) includeLeadingOrdinal(s, tokens, text);
  // A place named by its modifier keeps the place noun: "the Huallaga river", "the Cherche-Midi prison".
  for (const s of spans)
    if (s.rule === 'modifier-cue' && s.type === 'LOC') {
      const noun = tokens[s.tokens[s.tokens.length - 1].index + 1];
      s.end = noun.end;
      s.text = text.slice(s.start, s.end);
    }
  mergeDistrictOfColumbia(spans, text);
  return spans
    .filter((s) => s.type !== ('NONE' as EntityType))
    .map(({ start, end, type, text: t, rule }) => ({ start, end, type, text: t, rule: rule ?? '' }))
    .sort((a, b) => a.start - b.start);
}

/** Cardinal number words that count things before a name ("Seven Nobel laureates", "Three Falcons"). */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred'.split(' '),
);

/**
 * "Leading adverbs and numbers": a sentence-initial "-ly" adverb ("Apparently Hitzig …") or a number word
 * ("Seven Nobel laureates") in front of a longer run is not part of the name (given names like "Kelly" are).
 */
function isLeadingAdverbOrNumber(run: Token[]): boolean {
  if (run.length < 2) return false;
  const w = lower(run[0]);
  if (NUMBER_WORDS.has(w)) return true;
  return (
    run[0].sentenceStart && /^\p{Lu}\p{Ll}{3,}ly$/u.test(run[0].text) && !GIVEN_NAMES.has(w) && !COMMON_SURNAMES.has(w)
  );
}

function startsKnownPlace(run: Token[], gazetteer: Gazetteer): boolean {
  for (let len = Math.min(3, run.length); len >= 2; len--) {
    if (gazetteerKind(run.slice(0, len), gazetteer, 15000)) return true;
  }
  return false;
}

/**
 * Step 3, "leading modifiers": a demonym or a country name in front of a title or a name is an entity of its
 * own ("Iranian Defense Minister Ashtiani" → MISC Iranian; "US President Trump" → LOC US), unless the whole run
 * is itself a name with a head word ("American College of Physicians", "Indian Ocean", "Korean Peninsula").
 */
function splitLeadingModifiers(run: Token[], spans: Internal[], text: string, gazetteer: Gazetteer): Token[] {
  while (run.length > 1) {
    if (
      run.slice(1).some((t) => ORG_HEADS.has(t.text) && !TITLE_WORDS.has(t.text)) ||
      LOC_HEADS.has(run[run.length - 1].text) ||
      MISC_HEADS.has(run[run.length - 1].text) ||
      gazetteerKind(run, gazetteer, 5000)
    )
      break;
    const head = run[0].text;
    if (demonymCountry(head) || GROUP_ADJECTIVES.has(head)) {
      if (run.length === 2 && Object.hasOwn(DEMONYMS, `${head} ${run[1].text}`)) break; // "South Korean"
      // "Demonym-led names": "Danish Wikipedia", "German Enlightenment" are one MISC name; only a title, a given
      // name or a capitalised name of two or more words after the demonym is a separate entity.
      const rest = run.slice(1);
      if (
        rest.length === 1 &&
        !isTitleWord(rest[0].text) &&
        !GIVEN_NAMES.has(lower(rest[0])) &&
        !gazetteerKind(rest, gazetteer, 5000) &&
        !isAllCaps(rest[0].text)
      )
        break;
      spans.push(spanOf([run[0]], 'MISC', text, 'leading-demonym'));
    } else if (
      (PLACE_ACRONYMS.has(head) || gazetteerKind([run[0]], gazetteer, 1e6) === 'country') &&
      (isTitleWord(run[1].text) || run.length >= 3)
    ) {
      spans.push(spanOf([run[0]], 'LOC', text, 'leading-country'));
    } else break;
    run = run.slice(1);
  }
  return run;
}

/** Rules typing a run by its head or opener word: only such names take a number in front. */
const HEADED_RULES = new Set(['org-head', 'org-opener', 'misc-head', 'misc-opener', 'misc-of-head', 'org-of-head']);

/**
 * "Numbered names": an ordinal or a number right before a headed name belongs to it ("2nd Battle of
 * Fredericksburg", "38th NAACP Image Awards", "65 Air Division") — units, editions and events are numbered.
 */
function includeLeadingOrdinal(s: Internal, tokens: Token[], text: string): void {
  if (!HEADED_RULES.has(s.rule ?? '') || s.type === 'PER') return;
  const prev = tokens[s.tokens[0].index - 1];
  if (!prev || prev.kind !== 'number' || text.slice(prev.end, s.start) !== ' ') return;
  if (!/^\d{1,3}(st|nd|rd|th|d)?$/.test(prev.text)) return; // not years or amounts
  s.start = prev.start;
  s.text = text.slice(s.start, s.end);
}

/** "Washington, D.C." is one place: a place directly followed by ", D.C." takes it in. */
function mergeDistrictOfColumbia(spans: Internal[], text: string): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (a.type !== 'LOC' || b.text !== 'D.C.' || text.slice(a.end, b.start) !== ', ') continue;
    a.end = b.end;
    a.text = text.slice(a.start, a.end);
    spans.splice(i + 1, 1);
  }
}

/** Abbreviations whose dot belongs to the name ("Andrew J. Evans Jr.", "Acme Inc.", "Proastiakos S.A."). */
const DOTTED_ENDINGS = new Set(['Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'St', 'Ave', 'Mt', 'Ft']);

function includeAbbreviationDot(s: Internal, text: string): void {
  const last = s.tokens[s.tokens.length - 1];
  if (!last || last.end !== s.end || text[s.end] !== '.') return;
  if (!DOTTED_ENDINGS.has(last.text) && !/^\p{Lu}$/u.test(last.text)) return;
  s.end += 1;
  s.text = text.slice(s.start, s.end);
}

function isCommonAt(tok: Token): boolean {
  const w = lower(tok);
  if (!COMMON_WORDS.has(w) || isAllCaps(tok.text)) return false; // "US" is not "us"
  // Mid-sentence, a capitalised common word belongs to a name ("The Mad Capsule Markets", "North Atlantic …");
  // only pronouns and other function words drop there.
  return tok.sentenceStart || FUNCTION_WORDS.has(w);
}

/** Titles in the plural too ("Defense Ministers"). */
function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || (word.endsWith('s') && TITLE_WORDS.has(word.slice(0, -1)));
}

interface Internal extends EntitySpan {
  tokens: Token[];
  /** Name of the heuristic that typed the span (debugging and benchmarks). */
  rule?: string;
}

/** The span of a run of tokens, typed by the named rule (built whole: spreading objects is slow in V8). */
function spanOf(run: Token[], type: EntityType, text: string, rule: string): Internal {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return { start, end, type, text: text.slice(start, end), tokens: run, rule };
}

function gazetteerKind(
  run: Token[],
  gazetteer: ReturnType<typeof loadGazetteer>,
  minPopulation: number,
): string | null {
  return placeKind(gazetteerHits(run.map((t) => t.text).join(' '), gazetteer), minPopulation);
}

/** Gazetteer entries of a name, most populous first (undefined when the gazetteer has none). */
function gazetteerHits(name: string, gazetteer: Gazetteer): GazetteerEntry[] | undefined {
  return gazetteer.byName.get(nameKey(name));
}

/** Kind of the best entry, or null when there is none or it is a city of fewer than minPopulation people. */
function placeKind(hits: GazetteerEntry[] | undefined, minPopulation: number): string | null {
  if (!hits) return null;
  const best = hits[0];
  if (best.kind === 'city' && best.population < minPopulation) return null;
  return best.kind;
}

/** Type, deciding rule, and optionally how many leading tokens to leave out of the span. */
type Typed = [EntityType, string] | [EntityType, string, number] | null;

/** Single-word towns below this size are more often surnames ("Bullock", "Campbell", "Sheridan"). */
const SINGLE_WORD_CITY_POPULATION = 15_000;

/** Step 5: head-word typing, gazetteer, cues and shape. Returns the type and the rule that chose it, or null. */
function classify(run: Token[], titled: boolean, tokens: Token[], gazetteer: ReturnType<typeof loadGazetteer>): Typed {
  const words = run.map((t) => t.text);
  const n = words.length;
  const first = words[0];
  const last = words[n - 1];
  // Each computed once: the checks below ask for them again and again.
  const phrase = words.join(' ');
  const lowerPhrase = phrase.toLowerCase();
  const firstLower = first.toLowerCase();
  const hasOf = words.includes('of');
  const idx = run[0].index;
  const before = idx > 0 ? tokens[idx - 1] : undefined;
  const after = tokens[run[n - 1].index + 1];

  if (n === 1 && (NON_ENTITY_CAPS.has(first) || first.length === 1)) return null;
  // A contraction split by spaces ("Don ' t", "Can ' t") is no name.
  if (n === 1 && after && /^['’]$/.test(after.text) && tokens[after.index + 1]?.text === 't') return null;
  // Only a person's name is bridged across a quoted nickname (see isNicknameAt).
  if (n > 3 && words.some((w) => OPEN_QUOTES.has(w))) return ['PER', 'nickname'];
  if (titled) {
    if (n === 1 && (demonymCountry(first) || GROUP_ADJECTIVES.has(first))) return ['MISC', 'titled-demonym'];
    return ['PER', 'titled'];
  }
  if (n === 1 && (demonymCountry(first) || GROUP_ADJECTIVES.has(first))) return ['MISC', 'demonym'];
  if (n === 1 && MISC_WORDS.has(first)) return ['MISC', 'misc-lexicon'];
  if (n === 2 && (Object.hasOwn(DEMONYMS, phrase) || Object.hasOwn(REGION_ADJECTIVES, phrase)))
    return ['MISC', 'demonym2'];
  if (n === 1 && PLACE_ACRONYMS.has(first)) return ['LOC', 'place-acronym'];

  if (SUPRANATIONAL_ORGS.has(phrase)) return ['ORG', 'supranational'];
  if (HISTORICAL_PLACES.has(lowerPhrase)) return ['LOC', 'historical-place'];
  if (n <= 2 && KNOWN_ORGANIZATIONS.has(lowerPhrase)) return ['ORG', 'known-organization'];
  // "Italian-American", "Danish-German": hyphenated demonyms are MISC.
  if (n === 1 && first.includes('-') && demonymCountry(first.split('-')[0])) return ['MISC', 'hyphenated-demonym'];
  // A lone given name is a person unless it names a country or region ("Klaus", "Daniel"; not "Georgia").
  const hits = gazetteerHits(phrase, gazetteer);
  const kind = placeKind(hits, n > 1 ? 5000 : SINGLE_WORD_CITY_POPULATION);
  if (
    n === 1 &&
    GIVEN_NAMES.has(firstLower) &&
    // Only the hand-kept names beat a town of that name ("Franklin" stays a place unless the list says so).
    (!kind || (kind === 'city' && FIRST_NAMES.has(firstLower) && !placeKind(hits, 100_000)))
  )
    return ['PER', 'given-name-alone'];
  // "Surname over town": "Anderson", "Campbell", "Norton" alone are people unless the town is large.
  if (n === 1 && COMMON_SURNAMES.has(firstLower) && (!kind || (kind === 'city' && !placeKind(hits, 50_000))))
    return ['PER', 'surname-alone'];
  // "Agent cue": a lone small-town name mid-sentence doing what people do ("Belgrano accepted", "Cowley broke
  // in", "Norton landed a punch") is a surname; capitals, countries and regions never are.
  if (
    n === 1 &&
    kind === 'city' &&
    !run[0].sentenceStart &&
    !isAllCaps(first) &&
    after &&
    AGENT_VERBS.has(after.text) &&
    !placeKind(hits, 50_000) // large towns are clubs and councils as often ("Liverpool went")
  )
    return ['PER', 'agent-cue'];
  // "Club cue": a town after "played for", "signed with", "losing to", "beat" is its team ("played with
  // Footscray", "losing to Tulsa"); countries and regions stay places (CoNLL types national sides as places).
  if (kind === 'city' && isClubContext(tokens, idx)) return ['ORG', 'club-cue'];
  if (
    kind &&
    (!WEAK_ORG_HEADS.has(last) || placeKind(hits, 20000)) &&
    !(n > 1 && GIVEN_NAMES.has(firstLower) && kind === 'city')
  )
    return ['LOC', 'gazetteer'];
  // "Given-name split": "Texas Coach Darrell Royal", "County Coroner William McLaughlin" → the person from the
  // given name on, when one or two name words follow it.
  const g = GIVEN_NAMES.has(firstLower) ? -1 : words.findIndex((w, i) => i > 0 && GIVEN_NAMES.has(w.toLowerCase()));
  if (
    g > 0 &&
    n - g >= 2 &&
    n - g <= 3 &&
    !NAME_PARTICLES.has(words[g - 1].toLowerCase()) &&
    !['San', 'Santa', 'São', 'Saint', 'St', 'Port', 'Fort', 'Lake', 'Mount'].includes(words[g - 1]) &&
    !words.slice(g).some((w) => isCommonNoun(w.toLowerCase())) &&
    !ORG_HEADS.has(last) &&
    !LOC_HEADS.has(last)
  )
    return ['PER', 'given-name-split', g];
  if (n > 1 && (ORG_HEADS.has(last) || ORG_HEADS.has(last.replace(/\./g, '')))) return ['ORG', 'org-head'];
  if (n > 1 && ORG_OPENERS.has(first)) return ['ORG', 'org-opener'];
  // Mid-sentence capitalised "The" opens a band, paper or company name ("The Triffids", "The Australian").
  if (n > 1 && first === 'The') return ['ORG', 'the-name'];
  if (hasOf && ORG_OF_HEADS.has(first)) return ['ORG', 'org-of-head'];
  if (n > 1 && MISC_HEADS.has(last)) return ['MISC', 'misc-head'];
  if (n > 1 && MISC_OPENERS.has(first) && first !== 'World') return ['MISC', 'misc-opener'];
  if (hasOf && MISC_OF_HEADS.has(first)) return ['MISC', 'misc-of-head'];
  if (words.some((w) => w === 'War' || w === 'Wars')) return ['MISC', 'war-name'];
  // "Directional places": "West Germany", "Southern California", "East Java", "Greater Poland", "Old Goa".
  if (n >= 2 && n <= 3 && DIRECTIONAL.has(first) && gazetteerKind(run.slice(1), gazetteer, 1000))
    return ['LOC', 'directional-place'];
  if (n === 2 && demonymCountry(first) && gazetteerKind(run.slice(1), gazetteer, 15000))
    return ['LOC', 'demonym-place'];
  if (n === 2 && (demonymCountry(first) || GROUP_ADJECTIVES.has(first))) return ['MISC', 'demonym-led'];
  if (n > 1 && (LOC_HEADS.has(last) || (hasOf && LOC_OF_HEADS.has(first)) || LOC_OPENERS.has(first)))
    return ['LOC', 'loc-head'];
  if (kind) return ['LOC', 'gazetteer-weak'];
  if (n === 1 && isAllCaps(first) && first.length <= 6) {
    // "Shouted words": an all-caps dictionary word ("NEW", "FREE", "LIVE") is emphasis, not an acronym.
    const word = firstLower;
    if (first.length > 2 && (isCommonNoun(word) || COMMON_WORDS.has(word))) return null;
    return ['ORG', 'acronym'];
  }

  if (GIVEN_NAMES.has(firstLower) && n >= 2 && n <= 4) return ['PER', 'given-name'];
  // "Place-led names": "Toronto Star", "Cambridge Analytica", "Houston Chronicle" are organisations.
  if (n >= 2 && gazetteerKind([run[0]], gazetteer, 100_000)) return ['ORG', 'place-led'];
  if (n >= 2 && n <= 3 && after && SPEECH_VERBS.has(after.text)) return ['PER', 'speech-verb'];
  if (n === 1 && before && LOCATIVE.has(before.text.toLowerCase()) && before.text !== 'to') return ['LOC', 'locative'];
  // "Noun cue": a common noun in a title-case run makes it a work, band or company, not a person.
  const nounCued = run.some((t) => isCommonNoun(t.text.toLowerCase()));
  if (n >= 2 && nounCued) return [NOUN_CUED_TYPE, 'noun-cue'];
  if (
    n >= 2 &&
    n <= 3 &&
    run.every(
      (t) =>
        /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) ||
        NAME_SUFFIXES.has(t.text) ||
        NAME_PARTICLES.has(t.text.toLowerCase()) ||
        /^\p{Lu}\.?$/u.test(t.text),
    )
  )
    return ['PER', 'name-shape'];
  if (n === 1) return ['UNK' as EntityType, 'unknown-single']; // decided by document memory
  return ['MISC', 'fallback'];
}

/**
 * A lone unknown capitalised word mid-sentence, by shape: "place suffixes" (-stan, -burg, -ville, -shire …) and
 * gazetteer towns of any size are places; plurals ("Bruins", "Triffids") are groups; the rest are people
 * (in news, a lone unknown name is most often a surname).
 */
function guessSingle(word: string, gazetteer: Gazetteer, before?: Token): [EntityType, string] {
  if (PLACE_SUFFIX.test(word)) return ['LOC', 'place-suffix'];
  if (gazetteer.byName.has(nameKey(word))) return ['LOC', 'small-place'];
  if (/[^s]s$/.test(word) && word.length > 4 && !/(ss|us|is|ys|as|es)$/.test(word)) return ['MISC', 'plural-group'];
  // "Determiner cue": after "the", "a", "this" a lone capitalised word is a thing ("the Bull race"), not a person.
  if (before && DETERMINERS.has(before.text.toLowerCase())) return ['NONE' as EntityType, 'determiner'];
  return ['PER', 'unknown-single'];
}

/** "Noun suffixes": a lone capitalised "Scouting", "Edited", "Symposium"-like word is a common word, not a name. */
const NOUN_SUFFIX =
  /\p{Ll}(ing|ings|ed|tion|tions|sion|sions|ment|ments|ness|ity|ance|ence|ship|ics|ium|ure|ures|ly|ous|ive|ful|able|ible)$/u;

/**
 * Words that follow a sentence's subject: a finite verb or a sentence adverb ("Bobick was …", "Citrone also …",
 * "Gaudin's first …"). Only applied to a sentence-initial word that no dictionary or gazetteer knows.
 */
const SUBJECT_FOLLOWERS = new Set(['was', 'had', 'has', 'is', "'s", '’s', 'also', 'then', 'however']);
/** A lower-case past-tense verb form right after a subject ("Bobick added", "Gaudin attended"). */
function isPastTenseVerb(tok: Token | undefined): boolean {
  return tok !== undefined && tok.kind === 'word' && /^[a-z]{3,}ed$/.test(tok.text);
}

/** Verbs whose subject is usually a person ("Bobick trained", "Gradsky started"). */
const PERSON_VERBS = new Set([
  'said',
  'says',
  'told',
  'noticed',
  'trained',
  'started',
  'began',
  'became',
  'joined',
  'married',
  'died',
  'won',
  'lost',
  'played',
  'wrote',
  'studied',
  'graduated',
  'retired',
  'moved',
  'returned',
  'served',
  'worked',
  'founded',
  'left',
  'recorded',
  'performed',
  'composed',
  'painted',
  'argued',
  'believed',
  'himself',
  'herself',
  'developed',
  'announced',
  'claimed',
  'admitted',
  'denied',
  'resigned',
  'testified',
]);

/** Verbs of a player's career, followed by "for"/"with" and a club. */
const CAREER_VERBS = new Set(['played', 'plays', 'playing', 'signed', 'signing', 'coached', 'coaching', 'captained']);
/** Words right before an opponent. */
const OPPONENT_CUES = new Set(['beat', 'beats', 'beating', 'defeated', 'defeating', 'losing', 'lost', 'versus', 'vs']);

/** True when the words before token `idx` name a club: "played for X", "signed with X", "losing to X", "beat X". */
function isClubContext(tokens: Token[], idx: number): boolean {
  const w1 = idx > 0 ? tokens[idx - 1].text.toLowerCase() : '';
  const w2 = idx > 1 ? tokens[idx - 2].text.toLowerCase() : '';
  if ((w1 === 'for' || w1 === 'with') && CAREER_VERBS.has(w2)) return true;
  if (w1 === 'to' && (w2 === 'losing' || w2 === 'lost')) return true;
  return OPPONENT_CUES.has(w1) && w1 !== 'losing' && w1 !== 'lost';
}

/** Verbs whose subject is a person, not a town or a team (no "won", "lost", "played", "announced"). */
const AGENT_VERBS = new Set([
  'said',
  'says',
  'told',
  'accepted',
  'planned',
  'decided',
  'believed',
  'thought',
  'wrote',
  'married',
  'died',
  'resigned',
  'testified',
  'admitted',
  'denied',
  'insisted',
  'argued',
  'explained',
  'replied',
  'recalled',
  'landed',
  'broke',
  'went',
  'trained',
  'studied',
  'graduated',
  'retired',
  'returned',
  'himself',
  'herself',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'each',
  'every',
  'any',
  'some',
  'no',
]);

const PLACE_SUFFIX =
  /(stan|burg|bourg|ville|shire|abad|grad|polis|pur|nagar|sk|ia|land|by|ham|thorpe|wick|mouth|bury|cester|chester)$/;

const DIRECTIONAL = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upper',
  'Lower',
  'Greater',
  'Old',
  'New',
  'Inner',
  'Outer',
]);

/** Type of a multi-word run with a common noun and no other cue. */
const NOUN_CUED_TYPE: EntityType = 'ORG';

/** Unions of states that the gazetteer knows as regions but news NER types as organisations. */
const SUPRANATIONAL_ORGS = new Set(['EU', 'E.U.', 'European Union', 'UN', 'U.N.', 'United Nations']);

/** Club-style heads that also end place names ("Atlantic City", "Manchester United" is not in the gazetteer). */
const WEAK_ORG_HEADS = new Set([
  'City',
  'United',
  'Athletic',
  'Rovers',
  'Wanderers',
  'Post',
  'Times',
  'News',
  'Herald',
]);

/**
 * Rules whose evidence beats any context cue: a title, a list entry, a head word, a demonym, quotes.
 */
const STRONG_RULES = new Set([
  'titled',
  'titled-demonym',
  'known-organization',
  'supranational',
  'org-head',
  'demonym',
  'demonym2',
  'hyphenated-demonym',
  'place-acronym',
  'quoted-title',
  'misc-lexicon',
  'nickname',
  'historical-place',
]);
/** Rules that only guess from shape or a generic cue: the words before the run may re-type them. */
const SHAPE_RULES = new Set([
  'unknown-single',
  'name-shape',
  'noun-cue',
  'fallback',
  'plural-group',
  'speech-verb',
  'speech-verb-single',
]);

/**
 * Step 5b, "context cues" (see context-cues.ts): a place apposition ("Debden, England") or a definition
 * ("X is a village", "X, a Danish chain") re-types any run not typed by strong evidence; the words before the run
 * ("the band X", "the village of X", "the X") re-type runs typed by shape alone.
 */
function refineByContext(typed: Typed, run: Token[], tokens: Token[], gazetteer: Gazetteer): Typed {
  if (!typed) return typed;
  const skip = typed[2] ?? 0;
  if (STRONG_RULES.has(typed[1])) return typed;
  const last = run[run.length - 1].index;
  if (typed[0] !== 'LOC' && isFollowedByContainerPlace(tokens, last, (r) => gazetteerKind(r, gazetteer, 1e6)))
    return ['LOC', 'place-apposition'];
  const def = definitionType(tokens, last);
  if (def) return skip ? [def[0], def[1], skip] : def;
  if (!SHAPE_RULES.has(typed[1])) return typed;
  const modified = modifiedNounType(tokens, last);
  if (modified) return skip ? [modified, 'modifier-cue', skip] : [modified, 'modifier-cue'];
  const cue = leftContextType(tokens, run[skip].index);
  if (!cue) return typed;
  return skip ? [cue[0], cue[1], skip] : cue;
}

/** Rules that may take their type from a list they stand in (shape guesses and generic cues). */
const COORDINATION_TAKERS = new Set([...SHAPE_RULES, 'definite-article-cue', 'subject-cue', 'small-place']);
/** Separators of a list of like names: "A, B and C", "A / B", "A or B", "A & B". */
const LIST_GAP = /^\s*(?:,|\/|;|,?\s*(?:and|or|&))\s*$/;

/**
 * Step 7, "coordination": names in one list are of one kind ("Hilsea, Bedhampton and Havant", "Korn, Orgy and
 * Linkin Park"). In each list, shape-guessed members take the type most of the other members were given on
 * stronger evidence; a list without such evidence is left alone.
 */
function typeByCoordination(spans: Internal[], text: string): void {
  let i = 0;
  while (i < spans.length) {
    let j = i;
    while (
      j + 1 < spans.length &&
      spans[j + 1].start >= spans[j].end &&
      LIST_GAP.test(text.slice(spans[j].end, spans[j + 1].start))
    )
      j++;
    if (j > i) {
      const list = spans.slice(i, j + 1).filter((s) => s.type !== ('NONE' as EntityType));
      const votes = new Map<EntityType, number>();
      for (const s of list) if (!COORDINATION_TAKERS.has(s.rule ?? '')) votes.set(s.type, (votes.get(s.type) ?? 0) + 1);
      const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
      if (best && (votes.size === 1 || best[1] > 1)) {
        for (const s of list)
          if (COORDINATION_TAKERS.has(s.rule ?? '') && s.type !== best[0]) [s.type, s.rule] = [best[0], 'coordination'];
      }
    }
    i = j + 1;
  }
}

/** Share of capitalised words from which a line counts as title case (running English text stays far below). */
const TITLE_CASE_SHARE = 0.6;

/** Rules that rest on capitalisation alone: worthless where every word is capitalised. */
const CAPITALISATION_RULES = new Set([
  ...SHAPE_RULES,
  'definite-article-cue',
  'the-name',
  'subject-cue',
  'coordination',
]);

/**
 * "Title-case lines": in a headline or a shouted line ("Trump Says He Will Visit China") capitals say nothing,
 * so names guessed from capitalisation alone are dropped there; names backed by a lexicon, the gazetteer, a
 * given name or a head word stay.
 */
function dropShapeGuessesInTitleCase(spans: Internal[], tokens: Token[], text: string): void {
  if (!spans.some((s) => CAPITALISATION_RULES.has(s.rule ?? ''))) return;
  // One pass over the tokens, line by line: count the words that are not sentence-initial (their capitals are
  // owed to the sentence, not to the style) and how many of those are capitalised.
  const titleCaseLines: [number, number][] = [];
  let lineStart = 0;
  let words = 0;
  let capitalised = 0;
  let last: Token | undefined;
  const closeLine = (end: number): void => {
    if (words >= 4 && capitalised / words >= TITLE_CASE_SHARE) titleCaseLines.push([lineStart, end]);
    words = capitalised = 0;
  };
  let nextBreak = text.indexOf('\n');
  for (const t of tokens) {
    if (nextBreak >= 0 && nextBreak < t.start) {
      if (last) closeLine(last.end);
      lineStart = t.start;
      nextBreak = text.indexOf('\n', t.start);
    }
    last = t;
    if (t.kind !== 'word' || t.inUrl || t.sentenceStart) continue;
    words++;
    if (isCapitalized(t.text)) capitalised++;
  }
  closeLine(text.length);
  if (!titleCaseLines.length) return;
  for (const s of spans)
    if (CAPITALISATION_RULES.has(s.rule ?? '') && titleCaseLines.some(([a, b]) => s.start >= a && s.end <= b))
      s.type = 'NONE' as EntityType;
}

/** Step 6: document memory for lone words and bracketed acronyms. */
function resolveByDocumentMemory(spans: Internal[], tokens: Token[], text: string, gazetteer: Gazetteer): void {
  const personParts = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    for (const t of s.tokens) if (isCapitalized(t.text) && t.text.length > 1) personParts.set(t.text, 1);
  }
  const typedNames = new Map<string, EntityType>();
  for (const s of spans) if (s.type !== ('UNK' as EntityType)) typedNames.set(s.text, s.type);

  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type !== ('UNK' as EntityType)) continue;
    const prev = spans[i - 1];
    // "Shanghai Cooperation Organization (SCO)": the acronym takes the type of the name it abbreviates.
    if (prev && /^\s*\(\s*$/.test(text.slice(prev.end, s.start)) && isAcronymOf(s.text, prev.text)) {
      s.type = prev.type;
      s.rule = 'acronym-of-previous';
      continue;
    }
    if (personParts.has(s.text)) [s.type, s.rule] = ['PER', 'surname-memory'];
    else if (typedNames.has(s.text)) [s.type, s.rule] = [typedNames.get(s.text) as EntityType, 'name-memory'];
    else {
      const idx = s.tokens[0].index;
      const after = tokens[idx + 1];
      if (after && SPEECH_VERBS.has(after.text) && !s.tokens[0].sentenceStart)
        [s.type, s.rule] = ['PER', 'speech-verb-single'];
      else if (s.tokens[0].sentenceStart) {
        // "Subject cue": a sentence-initial unknown word followed by a verb of a person's life, any past-tense
        // verb or a subject's usual follower is a person ("Hitzig noticed …", "Bobick trained …", "Snoke
        // received …", "Citrone also …").
        const verb = after?.text.toLowerCase() ?? '';
        const def = definitionType(tokens, s.tokens[s.tokens.length - 1].index);
        if (def) [s.type, s.rule] = def;
        else if (
          (PERSON_VERBS.has(verb) || SUBJECT_FOLLOWERS.has(verb) || isPastTenseVerb(after)) &&
          !isCommonNoun(s.text.toLowerCase()) &&
          !NOUN_SUFFIX.test(s.text) &&
          !gazetteer.byName.has(nameKey(s.text))
        )
          [s.type, s.rule] = ['PER', 'subject-cue'];
        else s.type = 'NONE' as EntityType;
      } else if (isCommonNoun(s.text.toLowerCase()) || NOUN_SUFFIX.test(s.text)) s.type = 'NONE' as EntityType;
      else {
        const guessed = refineByContext(guessSingle(s.text, gazetteer, tokens[idx - 1]), s.tokens, tokens, gazetteer);
        [s.type, s.rule] = guessed ?? ['NONE' as EntityType, 'none'];
      }
    }
  }
}

/** True when the acronym's letters are the initials of the name's capitalised words ("NATO", "IRGC"). */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => isCapitalized(w))
    .map((w) => w[0])
    .join('');
  return initials === letters || initials.replace(/^T/, '') === letters;
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'with',
  'from',
  'by',
  'is',
  'my',
  'me',
  'you',
  'it',
  'be',
  'as',
  'de',
  'la',
  'le',
  'el',
  'des',
  'du',
]);

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token starting at `offset` (tokens are in text order), or -1. */
function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start === offset) return mid;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Token groups inside "…" / “…” whose words are all capitalised (minor words aside), 1–8 words. */
function quotedTitles(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  if (!/["“]/.test(text)) return out;
  for (const m of text.matchAll(/["“]([^"“”\n]{1,80})["”]/g)) {
    const start = (m.index ?? 0) + 1;
    const end = start + m[1].length;
    const inner: Token[] = [];
    for (let k = firstTokenFrom(tokens, start); k < tokens.length && tokens[k].end <= end; k++) inner.push(tokens[k]);
    while (inner.length && inner[inner.length - 1].kind === 'punct') inner.pop();
    const words = inner.filter((t) => t.kind !== 'punct');
    if (!words.length || words.length > 8 || !isCapitalized(words[0].text)) continue;
    if (!words.every((t) => isCapitalized(t.text) || MINOR_WORDS.has(t.text.toLowerCase()) || t.kind === 'number'))
      continue;
    if (words.length === 1 && (demonymCountry(words[0].text) || GIVEN_NAMES.has(words[0].text.toLowerCase()))) continue;
    const openAt = tokenIndexAt(tokens, start - 1);
    if (openAt >= 0 && isNicknameAt(tokens, openAt, text)) continue;
    out.push(inner);
  }
  return out;
}
