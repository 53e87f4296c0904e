import { ATTRIBUTION_FILLERS, isReportingVerb } from './reporting-verbs';

/**
 * The attribution of one quote: the reporting verb (the cue) and its subject (the speaker phrase), looked for
 * - "after" the quote, in the rest of its sentence: `"…," Ashtiani said.`, `"…," said Ed Rendell, a former …`,
 *   `"…," the minister told reporters.`, `"…," according to the Post.`
 * - "before" it, in the same sentence up to its opening mark: `Jane Doe told reporters: "…"`, `According to the
 *   newspaper, "…"`, or in the last sentence of the previous paragraph when that ends with a colon ("Caddell
 *   continued:" then the quote as its own paragraph); `Bush: "…"` and `Clinton has since apologized: "…"` take the
 *   sentence's subject ("colon introduction").
 * - "participle": `Weaver …, telling reporters, "…"` and `The Times confirmed it, reporting: "…"`: an -ing reporting
 *   verb after a comma has the sentence's subject as its speaker.
 * Speaker phrases are cut at commas ("apposition": "Jim Bennett, 57, told" names Jim Bennett) and at clause words.
 */

export interface Word {
  start: number;
  end: number;
  /** Lower case. */
  w: string;
  /** Whether a comma, colon or dash follows it before the next word. */
  breakAfter: boolean;
  capitalised: boolean;
}

export interface Attribution {
  /** The speaker phrase's span in the text. */
  speakerStart: number;
  speakerEnd: number;
  /** The cue as written ("said", "according to", ":"). */
  cue: string;
  where: 'after' | 'before';
  /** Where the attribution clause ends (after quotes: the end of the sentence part that was read). */
  clauseEnd: number;
}

/** Abbreviations whose full stop ends no sentence ("Sen. Sanders said"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen gov rep gen lt col st jr sr prof rev sgt capt adm cmdr mt ft no vs jan feb aug sept sep oct nov dec corp inc co u.s u.n d.c r i d'.split(
    ' ',
  ),
);

/** Words that start another clause or a prepositional phrase: a speaker phrase never runs across them. */
const CLAUSE_WORDS = new Set(
  (
    'and but or so as then when while after before because if that which who whom whose where in on at of for with ' +
    'from to by during about into over under than is was were are be been being not what how why this it there ' +
    'referring adding noting speaking saying writing calling asked told'
  ).split(' '),
);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words of text[from, to) with offsets (a trailing full stop is kept only on abbreviations and initials). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) && m.index < to) {
    let end = Math.min(m.index + m[0].length, to);
    let raw = text.slice(m.index, end);
    while (raw.endsWith('.') || raw.endsWith('-') || raw.endsWith("'") || raw.endsWith('’')) {
      const bare = raw.slice(0, -1);
      // Abbreviations and initials keep their stop ("Sen.", "George W. Bush").
      if (raw.endsWith('.') && (ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare))) break;
      raw = bare;
      end--;
    }
    let breakAfter = false;
    for (let i = end; i < to; i++) {
      const c = text[i];
      if (c === '(') {
        // "party in brackets": `Rep. Paul Ryan (R-WI) said` reads as `Rep. Paul Ryan said`.
        const close = text.indexOf(')', i);
        if (close > i && close - i <= 12 && close < to && !text.slice(i, close).includes(' ')) {
          i = close;
          WORD_RE.lastIndex = close + 1;
          continue;
        }
      }
      if (',:;—–().-'.includes(c)) {
        breakAfter = true;
        break;
      }
      if (c !== ' ' && c !== '\u00a0') break;
    }
    out.push({
      start: m.index,
      end,
      w: raw.toLowerCase(),
      breakAfter,
      capitalised: raw[0] !== raw[0].toLowerCase(),
    });
  }
  return out;
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== ';') return false;
  const next = text[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\u00a0' && !'"”’)'.includes(next)) return false;
  if (c !== '.') return true;
  // "bracketed party": "Sen. Chuck Schumer (D-N.Y.) said" — a full stop closing a bracket ends no sentence.
  if (next === ')') return false;
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1])) j--;
  const word = text.slice(j, i);
  // "initial": "Jeffrey M. Jones wrote".
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** End of the clause after a quote: the sentence end, a newline, `limit` (the next quote) or 200 characters. */
export function clauseEndAfter(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + 200, text.length);
  for (let i = from; i < stop; i++) {
    if (text[i] === '\n' || isSentenceEnd(text, i)) return i;
  }
  return stop;
}

/** Start of the sentence holding `to`, not before `limit` (the previous quote or the paragraph start). */
export function sentenceStartBefore(text: string, to: number, limit: number): number {
  const stop = Math.max(limit, to - 300, 0);
  for (let i = to - 1; i >= stop; i--) {
    if (text[i] === '\n') return i + 1;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return stop;
}

const CONNECTIVES = new Set(['but', 'and', 'so', 'then', 'still', 'yet', 'meanwhile', 'now', 'later', 'also']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Words that open an adverbial phrase before the subject: "In a statement, Brian Fallon said", "Later on Sunday,
 * Carson shared …", "When Wallace died in 1998, President Clinton released …", "Asked whether …, Priebus said".
 */
const OPENERS = new Set(
  (
    'in on at after before when while as since during despite with for following later earlier last asked ' +
    'speaking writing responding appearing from over under without like unlike once upon amid among then here ' +
    'today yesterday tonight monday tuesday wednesday thursday friday saturday sunday january february march ' +
    'april june july august september october november december two three four five six seven eight nine ten ' +
    'eleven twelve twenty thirty forty fifty hundred likewise meanwhile however moreover instead similarly almost'
  ).split(' '),
);

/** An opening adverb in -ly ("Immediately after the attacks, Trump issued a statement, …"). */
function opensPhrase(word: Word): boolean {
  return OPENERS.has(word.w) || (word.w.length > 4 && word.w.endsWith('ly')) || /^\d/.test(word.w);
}

/** Words that follow an opening participle ("Speaking to", "Filling in for", "Citing the"). */
const PARTICIPLE_NEXT = new Set(
  'in on at to for with from about after before over up out back into through the a an his her their its this that'.split(
    ' ',
  ),
);

/** "leading phrase": the index after an opening adverbial phrase up to its comma (at most two), else `s`. */
function skipLeadingPhrase(words: Word[], s: number): number {
  for (let round = 0; round < 3 && s < words.length; round++) {
    // An opener word, or a participle phrase ("Filling in for Sanders at the event, West …", "Speaking to reporters,
    // …"): an -ing word and a preposition or determiner (a name in -ing is followed by its verb: "Boreing said").
    const participle = words[s].w.endsWith('ing') && !words[s].breakAfter && PARTICIPLE_NEXT.has(words[s + 1]?.w ?? '');
    if (!opensPhrase(words[s]) && !participle) break;
    let c = s;
    while (c < words.length - 1 && c - s < 25 && !words[c].breakAfter) c++;
    if (!words[c].breakAfter || c >= words.length - 1) break;
    s = c + 1;
  }
  return s;
}

/** The sentence's subject when it opens with a pronoun or a (determiner and) capitalised run, else null. */
function sentenceSubject(words: Word[]): [number, number] | null {
  let s = 0;
  while (s < words.length - 1 && CONNECTIVES.has(words[s].w) && !words[s].breakAfter) s++;
  s = skipLeadingPhrase(words, s);
  while (s < words.length - 1 && CONNECTIVES.has(words[s].w) && !words[s].breakAfter) s++;
  if (s >= words.length) return null;
  if (SUBJECT_PRONOUNS.has(words[s].w)) return [s, s];
  let e = s;
  if (DETERMINERS.has(words[e].w) && e + 1 < words.length) e++;
  if (!words[e].capitalised || CLAUSE_WORDS.has(words[e].w)) return null;
  while (e + 1 < words.length && e - s < 5 && words[e + 1].capitalised && !words[e].breakAfter) e++;
  return [s, e];
}

/** Speaker phrase read backwards from just before word index `v` (the verb): cut at a comma or a clause word. */
/**
 * Words between a speaker and its verb besides the listed fillers: adverbs in -ly ("Trump jokingly said", "Rubio
 * fired back forcefully"), modals ("Ed Krayewski may have said"), "is quoted as (saying)", and a verb of manner
 * before "to" ("O'Malley interjected to say", "went on to say").
 */
const MODALS = new Set(['may', 'might', 'could', 'should', 'must', 'can', 'did', 'does', 'do']);

function isFiller(words: Word[], i: number): boolean {
  const w = words[i];
  if (w.capitalised) return false; // "Will wrote" is George Will
  if (ATTRIBUTION_FILLERS.has(w.w) || MODALS.has(w.w)) return true;
  if (w.w.length > 4 && w.w.endsWith('ly') && !w.breakAfter) return true;
  if (
    (w.w === 'quoted' || w.w === 'as') &&
    i > 0 &&
    (words[i - 1].w === 'is' || words[i - 1].w === 'was' || words[i - 1].w === 'quoted')
  )
    return true;
  if ((w.w === 'is' || w.w === 'was') && words[i + 1]?.w === 'quoted') return true;
  // "interjected to say": an -ed verb right before the filler "to".
  return w.w.endsWith('ed') && words[i + 1]?.w === 'to' && i + 2 < words.length;
}

/** Speaker phrase read backwards from just before word index `v` (the verb): cut at a comma or a clause word. */
function phraseBefore(words: Word[], v: number): [number, number] | null {
  let e = v - 1;
  while (e >= 0 && isFiller(words, e)) e--;
  if (e < 0 || words[e].breakAfter) {
    // "apposition": `Ed Rendell, a former governor, said`: the name before the first comma of the clause (after a
    // leading phrase: `In a statement, Brian Fallon, a spokesman for the campaign, said`).
    if (e >= 0 && words[e].breakAfter) {
      const from = skipLeadingPhrase(words, 0);
      let s = from;
      while (s < e && !words[s].breakAfter) s++;
      if (s < e && s - from < 6 && !CLAUSE_WORDS.has(words[from].w)) return [from, s];
    }
    return null;
  }
  if (CLAUSE_WORDS.has(words[e].w)) return null;
  let s = e;
  while (s > 0 && e - s < 8 && !words[s - 1].breakAfter && !CLAUSE_WORDS.has(words[s - 1].w)) s--;
  if (CLAUSE_WORDS.has(words[s].w)) return null;
  return [s, e];
}

/** Speaker phrase read forwards from word index `f` (after an inverted verb): up to a comma or a clause word. */
function phraseAfter(words: Word[], f: number): [number, number] | null {
  if (f >= words.length || CLAUSE_WORDS.has(words[f].w)) return null;
  let e = f;
  // Up to a comma, a clause word or a reporting verb (`"…," state Sen. Jason Holsman said` is Holsman's).
  while (
    e + 1 < words.length &&
    e - f < 6 &&
    !words[e].breakAfter &&
    !CLAUSE_WORDS.has(words[e + 1].w) &&
    !(isReportingVerb(words[e + 1].w) && !words[e + 1].capitalised)
  )
    e++;
  return [f, e];
}

function attribution(
  words: Word[],
  span: [number, number] | null,
  cue: string,
  where: Attribution['where'],
  clauseEnd: number,
): Attribution | null {
  if (!span) return null;
  return { speakerStart: words[span[0]].start, speakerEnd: words[span[1]].end, cue, where, clauseEnd };
}

/** The attribution in the clause after a quote (text[from, to)), or null. */
export function attributionAfter(text: string, from: number, to: number): Attribution | null {
  const words = wordsIn(text, from, to);
  // A clause that opens with a name and a comma may put a long apposition before its verb ("Fred Kagan, director of
  // the Critical Threats Project at the American Enterprise Institute, said").
  const n = Math.min(words.length, words[0]?.capitalised && words.slice(0, 4).some((w) => w.breakAfter) ? 26 : 12);
  for (let v = 0; v < n; v++) {
    const w = words[v].w;
    if (w === 'according' && words[v + 1]?.w === 'to') {
      return attribution(words, phraseAfter(words, v + 2), 'according to', 'after', to);
    }
    if (!isVerbAt(words, v)) continue;
    // `"…," said Ed Rendell` (inverted) when nothing but fillers stands before the verb; never a participle
    // (`"…," promising the Friends of Abe will return`).
    let k = 0;
    while (k < v && isFiller(words, k)) k++;
    const cue = text.slice(words[v].start, words[v].end);
    if (k === v) return w.endsWith('ing') ? null : attribution(words, phraseAfter(words, v + 1), cue, 'after', to);
    const span = phraseBefore(words, v);
    // The speaker phrase must open the clause (else the verb belongs to another sentence part), or close the
    // sentence after a comma (`"…" and against the Brady law, Clinton said.`) ...
    if (span && span[0] === k) return attribution(words, span, cue, 'after', to);
    if (span && words[span[0] - 1]?.breakAfter && v >= words.length - 3 && !CLAUSE_WORDS.has(words[span[0]].w))
      return attribution(words, span, cue, 'after', to);
    // ... or the clause opens with a name that a description or a phrase follows: `"…," Katie Packer, who is
    // chairman of the PAC said`, `"…," Jeffrey Lewis of the Martin Center wrote` ("leading name").
    return attribution(words, leadingName(words, k, v), cue, 'after', to);
  }
  return null;
}

/** "leading name": a run of capitalised words opening the clause at k, before the verb at v; no possessive. */
function leadingName(words: Word[], k: number, v: number): [number, number] | null {
  if (k >= v || !words[k].capitalised || CLAUSE_WORDS.has(words[k].w) || opensPhrase(words[k])) return null;
  let e = k;
  while (e + 1 < v && e - k < 4 && words[e + 1].capitalised && !words[e].breakAfter) e++;
  if (/['’]s?$/.test(words[e].w) || e + 1 >= v) return null;
  const next = words[e + 1].w;
  return words[e].breakAfter || next === 'of' || next === 'at' || next === 'from' || next === 'who' ? [k, e] : null;
}

/**
 * A reporting verb as written in lower case: capitalised, "Post", "Read", "State", "Will" are names ("Trump told
 * the Washington Post", "State spokesman Mark Toner said").
 */
function isVerbAt(words: Word[], v: number): boolean {
  return !words[v].capitalised && (isReportingVerb(words[v].w) || isPhrasalReportingVerb(words, v));
}

/** Verbs whose object follows them: the phrase after "told"/"asked" is the listener, never the speaker. */
const TAKES_OBJECT =
  /^(?:tell|tells|told|telling|ask|asks|asked|asking|urge[sd]?|urging|warn(?:s|ed|ing)?|remind(?:s|ed|ing)?|assure[sd]?|assuring)$/;

/** "phrasal verb": `shot back`, `fired back`, `hit back`, `chimed in`, `put it` (`As Vulture put it, "…"`). */
function isPhrasalReportingVerb(words: Word[], v: number): boolean {
  const next = words[v + 1]?.w;
  const w = words[v].w;
  if (next === 'back') return w === 'shot' || w === 'fired' || w === 'hit' || w === 'pushed' || w === 'fires';
  if (next === 'in') return w === 'chimed' || w === 'weighed';
  if (next === 'out') return w === 'pointed' || w === 'points';
  return next === 'it' && (w === 'put' || w === 'puts');
}

/** The capitalised run (up to 4 words) that ends the clause before a colon, or null. */
function colonName(words: Word[]): [number, number] | null {
  const e = words.length - 1;
  if (!words[e].capitalised || OPENERS.has(words[e].w)) return null;
  let s = e;
  while (s > 0 && e - s < 3 && words[s - 1].capitalised && !words[s - 1].breakAfter) s--;
  return [s, e];
}

/** The attribution in the clause before a quote (text[from, to), `to` at the opening mark), or null. */
export function attributionBefore(text: string, from: number, to: number): Attribution | null {
  let end = to;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\n' || text[end - 1] === '\u00a0')) end--;
  const last = text[end - 1];
  const words = wordsIn(text, from, end);
  if (!words.length) return null;
  if (last === ':') {
    // "headline name": `Pollsters agree - Carl Bialik: "…"`, `HuffPollster: "…"`: a name alone after a break.
    const run = colonName(words);
    if (run && (run[0] === 0 || words[run[0] - 1].breakAfter)) return attribution(words, run, ':', 'before', to);
  }
  const tail = Math.max(0, words.length - 14);
  for (let v = words.length - 1; v >= tail; v--) {
    const w = words[v].w;
    if (w === 'to' && v > 0 && words[v - 1].w === 'according') {
      return attribution(words, phraseAfter(words, v + 1), 'according to', 'before', to);
    }
    if (!isVerbAt(words, v) && !(w === 'calling' && v > 0 && words[v - 1].breakAfter)) continue;
    const cue = text.slice(words[v].start, words[v].end);
    if (w.endsWith('ing') && v > 0 && words[v - 1].breakAfter) {
      // "participle"
      return attribution(words, sentenceSubject(words), cue, 'before', to);
    }
    // `said Smith: "…"`; the phrase after "told" is its listener.
    const span = phraseBefore(words, v) ?? (TAKES_OBJECT.test(w) ? null : phraseAfter(words, v + 1));
    if (span) return attribution(words, span, cue, 'before', to);
    // `Trump joked …, but went on to say, "…"`: the sentence's subject.
    if (last === ',' || last === ':') return attribution(words, sentenceSubject(words), cue, 'before', to);
    return null;
  }
  if (last === ':') {
    // "colon introduction": `Bush: "…"`, `… surprise pollster Daron Shaw: "…"` (a name right before the colon),
    // `Clinton has since apologized for what happened: "…"` (the sentence's subject).
    const run = colonName(words);
    if (run && (run[0] > 0 || !CLAUSE_WORDS.has(words[0].w))) return attribution(words, run, ':', 'before', to);
    return attribution(words, sentenceSubject(words), ':', 'before', to);
  }
  // "introduced quote": `Hillary shot back, "…"`: a sentence that leads into the quote with a comma speaks through
  // its subject, when that is a name or a pronoun.
  if (last === ',') return attribution(words, sentenceSubject(words), ',', 'before', to);
  return null;
}

/**
 * "sentence subject": `Huckabee, for his part, is labeling Obama's actions "a blatant abuse"`, `Gore insisted it was
 * "premature" …, while adding, "…"`: a quote inside a sentence without a reporting verb of its own speaks through
 * the subject of the whole sentence text[from, to), when that is a name or a pronoun. The cue is the comma reading.
 */
export function subjectAttribution(text: string, from: number, to: number): Attribution | null {
  const words = wordsIn(text, from, to);
  if (!words.length) return null;
  return attribution(words, sentenceSubject(words), ',', 'before', to);
}

/**
 * "reported before": `Iowa State's Dianne Bystrom agreed. "…"`: a quote opening a sentence right after one that ends
 * with its reporting verb (text[from, to) is that sentence, up to its full stop).
 */
export function attributionEndingSentence(text: string, from: number, to: number): Attribution | null {
  const words = wordsIn(text, from, to);
  // The verb ends the sentence, or a short phrase after it does ("said in a statement", "told reporters"), not a
  // clause of its own ("said he would …").
  let v = words.length - 1;
  while (v > 0 && words.length - 1 - v < 4 && !isVerbAt(words, v)) v--;
  if (v < 1 || !isVerbAt(words, v)) return null;
  if (
    v < words.length - 1 &&
    !/^(?:in|on|at|during|to|after|before|from|with|reporters|today|yesterday)$/.test(words[v + 1].w)
  )
    return null;
  let span = phraseBefore(words, v);
  // `Sam Lau, the party spokesman said …`: the name before the description ("leading name").
  if (!span || (span[0] > 0 && !words[span[0]].capitalised)) span = leadingName(words, 0, v) ?? span;
  if (!span) return null;
  return attribution(words, span, text.slice(words[v].start, words[v].end), 'before', to);
}

/**
 * "dash credit": `"…"` then a paragraph `- Bernie Sanders.` or `-President Obama, tweeting after the speech.`: the
 * name after the dash speaks the quote (text from `from`, just after the closing mark).
 */
export function dashCreditAfter(text: string, from: number): Attribution | null {
  const m = /^[ \t\u00a0]*\n\s*[-—–]\s?(?=\p{Lu})/u.exec(text.slice(from, from + 40));
  if (!m) return null;
  const start = from + m[0].length;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const words = wordsIn(text, start, Math.min(end, start + 120));
  if (!words.length || !words[0].capitalised) return null;
  let e = 0;
  while (e + 1 < words.length && e < 5 && words[e + 1].capitalised && !words[e].breakAfter) e++;
  return attribution(words, [0, e], '-', 'after', end);
}
