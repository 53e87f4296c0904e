/**
 * Tokeniser with UTF-16 offsets. Words keep inner hyphens, apostrophes and dots of abbreviations
 * ("U.S.", "al-Assad", "O'Brien"); the English possessive "'s" becomes its own token so "Iran's" yields "Iran".
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First token of a sentence (or line): its capital letter says nothing about being a name. */
  sentenceStart: boolean;
  /** Position in the token array. */
  index: number;
  /** Inside a URL or e-mail address: never part of a name. */
  inUrl?: boolean;
  /** Memo of the recogniser's "could be part of a name" test. */
  nameWord?: boolean;
}

// Alternatives, in priority order: dotted abbreviations (U.S., U.K.), words with inner joiners, numbers, any other
// single non-space character.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?|\S/gu;
const POSSESSIVE_RE = /['’]s$/i;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const TRANSPARENT = new Set(['"', '“', '”', "'", '‘', '’', '(', '[', '«', '»', '-', '—', '–', '*', '•']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const isWord = /^[\p{L}\p{M}]/u.test(raw);
    const isNumber = /^\p{N}/u.test(raw);
    if (isWord && raw.length > 2 && POSSESSIVE_RE.test(raw)) {
      tokens.push({
        text: raw.slice(0, -2),
        start,
        end: start + raw.length - 2,
        kind: 'word',
        sentenceStart: false,
        index: tokens.length,
      });
      tokens.push({
        index: tokens.length,
        text: raw.slice(-2),
        start: start + raw.length - 2,
        end: start + raw.length,
        kind: 'punct',
        sentenceStart: false,
      });
      continue;
    }
    // A word that swallowed a trailing dot ("Inc." is fine, but "Moscow." at the end of a sentence is not): the
    // regex only keeps inner dots, so nothing to undo here.
    tokens.push({
      index: tokens.length,
      text: raw,
      start,
      end: start + raw.length,
      kind: isWord ? 'word' : isNumber ? 'number' : 'punct',
      sentenceStart: false,
    });
  }
  markSentenceStarts(tokens, text);
  markUrls(tokens, text);
  return tokens;
}

/** Sentence start = first token, or first token after . ! ? (skipping quotes/brackets), or after a line break. */
function markSentenceStarts(tokens: Token[], text: string): void {
  let atStart = true;
  let prevEnd = 0;
  let prev: Token | undefined;
  for (const tok of tokens) {
    const before = prev;
    prev = tok;
    if (text.slice(prevEnd, tok.start).includes('\n')) atStart = true;
    prevEnd = tok.end;
    if (tok.kind === 'punct' && (TRANSPARENT.has(tok.text) || SENTENCE_END.has(tok.text) || tok.text === ':')) {
      // "John C. Scheidt", "Mr. Smith", "St. Louis": a dot after an initial or an abbreviation ends no sentence.
      if (
        SENTENCE_END.has(tok.text) &&
        !(tok.text === '.' && before && before.end === tok.start && isAbbreviation(before.text))
      )
        atStart = true;
      continue;
    }
    tok.sentenceStart = atStart;
    atStart = false;
  }
}

/** True when the word starts with an upper-case letter ("Ashtiani", "SCO", "McDonald"). */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True for all-caps words of two or more letters ("NATO", "IRGC", "U.S."). */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}.&]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Mt',
  'Jr',
  'Sr',
  'Gen',
  'Col',
  'Lt',
  'Capt',
  'Sgt',
  'Rev',
  'Sen',
  'Rep',
  'Gov',
  'Fr',
  'Maj',
  'Adm',
  'Cmdr',
  'No',
  'Nos',
  'vs',
  'Inc',
  'Co',
  'Corp',
  'Ltd',
  'Bros',
  'Ft',
  'Ave',
  'Blvd',
]);

/** An initial ("C") or a common abbreviation ("Mr", "St", "Jr"): the dot after it is not a full stop. */
function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word);
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+@[\w-]+\.[\w.]+|\b[a-z0-9-]+\.(?:com|org|net|co|io|ly)\/\S*/gi;

function markUrls(tokens: Token[], text: string): void {
  if (!text.includes('.') && !text.includes('@')) return;
  let k = 0;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    while (k < tokens.length && tokens[k].end <= start) k++;
    for (let i = k; i < tokens.length && tokens[i].start < end; i++) tokens[i].inUrl = true;
  }
}
