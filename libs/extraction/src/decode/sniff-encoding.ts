import { looksLikeUtf8, measureUtf8 } from './utf8-validity';
import { decodeBytes } from './windows-1252';

/** Bytes examined by the statistical guess: enough text for stable counts, cheap on 10 MB pages. */
const SNIFF_BYTES = 64 * 1024;

/**
 * "Frequent character share" heuristic: running text in a language is dominated by a small set of characters.
 * Bytes decoded with the wrong CJK encoding still give valid characters, but random ones, so the share of each
 * language's most frequent characters separates right from wrong decodings.
 */
const FREQUENT_HANZI = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日月新' +
    '這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣開從實與關網區',
);
const FREQUENT_HANGUL = new Set(
  '이다는의에하고을가로한지서기사리대도들수인일적자어시그것나보으해부게장정전아만주있없우상요위라를과했습니니다은년국원회',
);
const CJK_PUNCTUATION = new Set('、。，．：；？！「」『』（）《》“”');

const MULTIBYTE_CANDIDATES = ['gbk', 'big5', 'shift_jis', 'euc-jp', 'euc-kr'] as const;
const SINGLE_BYTE_CANDIDATES = ['windows-1252', 'windows-1251', 'koi8-r', 'iso-8859-2', 'windows-1250'] as const;

/**
 * Guesses the encoding of undeclared bytes, as browsers do when neither BOM, header nor <meta> says anything:
 * valid UTF-8 first, then a statistical guess among the legacy encodings of the big scripts, windows-1252
 * (the web's default for Western pages) winning ties.
 */
export function sniffEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (looksLikeUtf8(measureUtf8(sample, sample.length))) return 'utf-8';
  const nonAscii = extractNonAsciiRuns(sample);
  if (nonAscii.length === 0) return 'windows-1252';

  let best = 'windows-1252';
  let bestScore = -Infinity;
  for (const encoding of SINGLE_BYTE_CANDIDATES) {
    const score = scoreSingleByte(nonAscii, encoding);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  for (const encoding of MULTIBYTE_CANDIDATES) {
    const score = scoreMultiByte(sample, encoding);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

/** Keeps only the non-ASCII bytes, runs separated by one space, so scoring ignores markup. */
function extractNonAsciiRuns(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) out.push(bytes[i]);
    else if (out.length > 0 && out[out.length - 1] !== 0x20) out.push(0x20);
  }
  return Uint8Array.from(out);
}

/**
 * Single-byte scoring ("letter-case plausibility"): decoded non-ASCII characters should be letters, mostly
 * lower case (running text). Cyrillic read as windows-1251 vs KOI8-R differs exactly in case, so the
 * lower-case share decides between them. Symbols and controls are penalised; Latin encodings are penalised
 * for long runs of accented letters with no ASCII letter between them (typical of a mis-read non-Latin script).
 */
function scoreSingleByte(bytes: Uint8Array, encoding: string): number {
  const text = decodeBytes(encoding, bytes);
  let score = 0;
  let letters = 0;
  let chars = 0;
  for (const ch of text) {
    if (ch === ' ') continue;
    chars++;
    if (ch !== ch.toUpperCase()) {
      score += 1;
      letters++;
    } else if (ch !== ch.toLowerCase()) {
      score += 0.2;
      letters++;
    } else if (/[\u2018-\u201e\u2026\u2013\u2014\u00a0\u00ab\u00bb\u00b0\u20ac\u00a9]/.test(ch)) score += 0.3;
    else score -= 1;
  }
  if (letters === 0 || chars === 0) return -Infinity;
  if (encoding !== 'windows-1251' && encoding !== 'koi8-r') {
    const longRuns = text.split(' ').filter((run) => run.length >= 4).length;
    score -= longRuns * 4;
  }
  // Ties go to windows-1252, the browsers' default.
  return score / chars + (encoding === 'windows-1252' ? 0.01 : 0);
}

/**
 * Multi-byte scoring: a fatal decode must succeed; then the share of characters that are frequent in the
 * encoding's language (kana for Japanese, common syllables for Korean, common ideographs for Chinese) and CJK
 * punctuation decides. Private-use and half-width katakana characters are typical of a wrong guess.
 */
function scoreMultiByte(bytes: Uint8Array, encoding: string): number {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(trimIncompleteTail(bytes));
  } catch {
    return -Infinity;
  }
  let good = 0;
  let bad = 0;
  let count = 0;
  const japanese = encoding === 'shift_jis' || encoding === 'euc-jp';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    count++;
    if (CJK_PUNCTUATION.has(ch)) good += 1;
    else if (japanese && code >= 0x3041 && code <= 0x30ff) good += 1;
    else if (encoding === 'euc-kr' && FREQUENT_HANGUL.has(ch)) good += 1;
    else if ((encoding === 'gbk' || encoding === 'big5') && FREQUENT_HANZI.has(ch)) good += 1;
    else if ((code >= 0xff61 && code <= 0xff9f) || (code >= 0xe000 && code <= 0xf8ff)) bad += 1;
  }
  if (count === 0) return -Infinity;
  // Scaled to be comparable with the single-byte scores (about 1 for clean text).
  return (2.5 * good - bad) / count;
}

/** The sample may end in the middle of a multi-byte character; drop trailing non-ASCII bytes to keep fatal decoding fair. */
function trimIncompleteTail(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes.length - end < 3 && bytes[end - 1] >= 0x80) end--;
  return end === 0 ? bytes : bytes.subarray(0, end);
}
