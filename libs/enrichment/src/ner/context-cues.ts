import type { EntityType } from '../types';
import type { Token } from '../text/tokenize';

/**
 * Context cues: the words just before (or after) a capitalised run that say what kind of name it is when the run
 * itself does not (no head word, no gazetteer hit, no given name). They only re-type runs that the shape-based
 * fallbacks would otherwise call a person or guess at; strong evidence (titles, given names, head words, the
 * gazetteer) always wins.
 */

/** Heuristic "group-noun cue": "the band Deadsy", "record label Soleilmoon", "the company Amuseworld" → ORG. */
const GROUP_NOUNS = new Set([
  'band',
  'bands',
  'group',
  'label',
  'company',
  'companies',
  'firm',
  'club',
  'team',
  'side',
  'magazine',
  'newspaper',
  'paper',
  'journal',
  'airline',
  'carrier',
  'manufacturer',
  'maker',
  'retailer',
  'chain',
  'network',
  'broadcaster',
  'channel',
  'station',
  'publisher',
  'studio',
  'studios',
  'brand',
  'duo',
  'trio',
  'quartet',
  'orchestra',
  'ensemble',
  'outfit',
  'party',
  'charity',
  'agency',
  'organisation',
  'organization',
  'university',
  'school',
  'college',
  'conglomerate',
  'subsidiary',
  'startup',
  'developer',
  'franchise',
  'league',
]);

/** Heuristic "work-noun cue": "the album Deser Orchid", "the song Gloomy Sunday", "the serial Kinda" → MISC. */
const WORK_NOUNS = new Set([
  'album',
  'albums',
  'song',
  'songs',
  'single',
  'singles',
  'ep',
  'film',
  'films',
  'movie',
  'novel',
  'book',
  'books',
  'serial',
  'series',
  'show',
  'programme',
  'program',
  'game',
  'opera',
  'play',
  'poem',
  'anthem',
  'hymn',
  'musical',
  'track',
  'tune',
  'video',
  'documentary',
  'sitcom',
  'festival',
  'tournament',
  'award',
  'prize',
  'language',
  'dialect',
  'romance',
  'epic',
  'painting',
  'sculpture',
  'title',
  'titled',
  'entitled',
  'operation',
  'campaign',
  'lottery',
  'software',
  'model',
]);

/** Heuristic "place-noun cue": "the village of Lougou", "a suburb of Aarhus", "the island of Divar" → LOC. */
const PLACE_NOUNS = new Set([
  'village',
  'villages',
  'town',
  'towns',
  'city',
  'cities',
  'hamlet',
  'suburb',
  'parish',
  'county',
  'province',
  'region',
  'district',
  'island',
  'islands',
  'state',
  'municipality',
  'commune',
  'prefecture',
  'capital',
  'outskirts',
  'kingdom',
  'republic',
  'neighbourhood',
  'neighborhood',
  'area',
  'valley',
  'coast',
  'shores',
  'port',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'heart',
  'streets',
  'border',
  'banks',
]);

/** The word before the run, lower-cased, skipping nothing: cues must be adjacent. */
function wordBefore(tokens: Token[], index: number, back = 1): string {
  const t = tokens[index - back];
  return t && t.kind === 'word' ? t.text.toLowerCase() : '';
}

/** Type suggested by the words before the run starting at token `index`, with the name of the cue; null without. */
export function leftContextType(tokens: Token[], index: number): [EntityType, string] | null {
  const w1 = wordBefore(tokens, index);
  if (!w1) return null;
  if (GROUP_NOUNS.has(w1)) return ['ORG', 'group-noun-cue'];
  if (WORK_NOUNS.has(w1)) return ['MISC', 'work-noun-cue'];
  if (w1 === 'of' && PLACE_NOUNS.has(wordBefore(tokens, index, 2))) return ['LOC', 'place-noun-cue'];
  // Heuristic "definite-article cue": in news and encyclopaedic English a person's name never takes "the"
  // ("the Fairfax Connector", "the Third Reich"); organisations are the most frequent names that do.
  if (w1 === 'the') return ['ORG', 'definite-article-cue'];
  return null;
}

/** Place kinds that can stand in apposition after a smaller place ("Debden, England", "Vigan, Ilocos Sur"). */
const CONTAINER_KINDS = new Set(['country', 'region']);

/**
 * Heuristic "place apposition": a name followed by a comma and a country or first-level region, which itself ends
 * the clause (comma, full stop, bracket, number or end of text: "Sandy Hook, Maryland, …", "Hamilton Field,
 * California, 27 March"), is a place. Not when the region is a possessive ("Smith, France's ambassador") or runs
 * on into a longer name.
 */
export function isFollowedByContainerPlace(
  tokens: Token[],
  lastIndex: number,
  placeKind: (run: Token[]) => string | null,
): boolean {
  const comma = tokens[lastIndex + 1];
  if (!comma || comma.text !== ',') return false;
  let k = lastIndex + 2;
  if (tokens[k]?.text === 'the') k++;
  // Up to three capitalised words, longest first.
  for (let len = 3; len >= 1; len--) {
    const run = tokens.slice(k, k + len);
    if (run.length < len || !run.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) continue;
    const after = tokens[k + len];
    if (after && (after.kind === 'word' || after.text === "'s" || after.text === '’s')) continue;
    const kind = placeKind(run);
    if (kind && CONTAINER_KINDS.has(kind)) return true;
  }
  return false;
}

/** Nouns that define a person in "X is a German footballer", "X, a former teacher, …". */
const PERSON_NOUNS = new Set(
  `footballer player singer songwriter actor actress politician writer author poet composer musician guitarist
  drummer bassist boxer painter artist journalist lawyer businessman businesswoman priest bishop officer soldier
  scientist physicist chemist biologist mathematician professor economist philosopher historian architect engineer
  pitcher coach rapper producer wrestler cyclist athlete swimmer sprinter jockey diplomat judge activist novelist
  playwright sculptor photographer entrepreneur inventor explorer missionary monk emperor ruler founder spokesman
  spokeswoman teacher student surgeon pianist violinist conductor comedian dancer designer chef farmer senator
  governor mayor candidate man woman boy girl son daughter father mother wife husband brother sister member
  cricketer golfer skater jurist theologian sociologist psychologist linguist astronomer physician nun cardinal
  chancellor premier dictator warlord commander admiral sergeant lieutenant colonel captain`.split(/\s+/),
);

/** Nouns that define a place in "X is a village in …", "X, a suburb of …". */
const DEFINING_PLACE_NOUNS = new Set(
  `village town city hamlet suburb parish county province region district island municipality commune prefecture
  capital neighbourhood neighborhood valley river lake mountain hill peninsula street road avenue square park
  airport settlement locality borough township canton département department oblast state country territory
  archipelago bay gulf strait desert forest plateau mountains range volcano sum`.split(/\s+/),
);

/** Nouns that define an organisation or a work/event (group and work nouns above, plus a few defining ones). */
const DEFINING_ORG_NOUNS = new Set([...GROUP_NOUNS, 'manufacturer', 'operator', 'supplier', 'body', 'institution']);
const DEFINING_MISC_NOUNS = new Set([...WORK_NOUNS, 'convention', 'dictionary', 'language', 'car', 'aircraft']);

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Heuristic "definition cue": what a sentence or an apposition says the name is — "X is a village in …",
 * "X was a German footballer", "X, a Danish chain of hypermarkets, …", "X are an English band". The first
 * defining noun within five words after the article decides; adjectives and nationalities before it are skipped.
 */
export function definitionType(tokens: Token[], lastIndex: number): [EntityType, string] | null {
  let k = lastIndex + 1;
  const link = tokens[k];
  if (!link) return null;
  if (link.text === ',') k++;
  else if (COPULAS.has(link.text)) k++;
  else return null;
  if (!tokens[k] || !ARTICLES.has(tokens[k].text.toLowerCase())) return null;
  for (let i = k + 1; i <= k + 5 && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text !== '-') return null;
    const w = t.text.toLowerCase();
    if (w === 'of' || w === 'in' || w === 'from' || w === 'and' || w === 'who' || w === 'that') return null;
    if (PERSON_NOUNS.has(w)) return ['PER', 'definition-cue'];
    if (DEFINING_PLACE_NOUNS.has(w)) return ['LOC', 'definition-cue'];
    if (DEFINING_ORG_NOUNS.has(w)) return ['ORG', 'definition-cue'];
    if (DEFINING_MISC_NOUNS.has(w)) return ['MISC', 'definition-cue'];
  }
  return null;
}

/**
 * Nouns that a name modifies as an adjective would: "the Chamicuro people", "the Cochabamban forces", "the Slavic
 * word", "the Beatmania series", "the Pipeline trophy". Heuristic "modifier cue": an otherwise untyped name
 * directly before one of these is used as an adjective of origin, style or kind — MISC by CoNLL conventions.
 */
const MODIFIED_NOUNS = new Set(
  `people peoples forces troops army armies word words language languages series countryside culture style
  tradition traditions community communities population dynasty empire era period version edition trophy
  championship festival movement revolution rebellion uprising cuisine literature architecture script alphabet
  dialect origin descent ancestry heritage nationalism identity occupation invasion conquest settlers immigrants
  minority nationalists rebels militants soldiers tribe tribes clan clans kingdom game games franchise saga cycle
  genre mythology folklore legend legends scriptures texts manuscripts calendar`.split(/\s+/),
);

/** Lower-case nouns after a name that make it part of a place's name or its modifier ("the Huallaga river"). */
const MODIFIED_PLACE_NOUNS = new Set(
  `river road street avenue prison lake mountain island valley bridge canal highway motorway railway peninsula
  plateau desert forest bay gulf strait sea coast`.split(/\s+/),
);

/**
 * Type a name takes from the lower-case noun right after it: a people, style or series noun ("the Chamicuro
 * people", "the Beatmania series", "the OSC-DIS video") makes it MISC; a place noun ("the Huallaga river") LOC.
 */
export function modifiedNounType(tokens: Token[], lastIndex: number): EntityType | null {
  const next = tokens[lastIndex + 1];
  if (!next || next.kind !== 'word') return null;
  if (MODIFIED_NOUNS.has(next.text) || (WORK_NOUNS.has(next.text) && next.text !== 'title')) return 'MISC';
  if (MODIFIED_PLACE_NOUNS.has(next.text)) return 'LOC';
  return null;
}
