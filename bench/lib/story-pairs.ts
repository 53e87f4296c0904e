/**
 * Reading the same-story pairs of ../shared/devsets/pairs (SemEval-2022 Task 8; the devsets README section
 * "Same-story pairs"), repairing the rows whose texts were mojibaked upstream, and splitting them into a tuning half
 * and a check half by a hash of the pair's ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface StoryPair {
  /** "id1_id2", as the task names pairs. */
  id: string;
  text1: string;
  text2: string;
  lang1: string;
  lang2: string;
  /** The organisers' Overall rating: 1 = the same story ... 4 = unrelated (averaged over annotators). */
  score: number;
  /** The README's label: same story when Overall <= 2. */
  same: boolean;
  /** The row is flagged `mojibake` in the file (its texts are repaired unless asked not to). */
  mojibake: boolean;
  /** Which half the pair is in. */
  half: 'tuning' | 'check';
}

export function storyPairsFile(devsetsDir: string): string | null {
  const file = path.join(devsetsDir, 'pairs', 'semeval22-dev.jsonl');
  return existsSync(file) ? file : null;
}

export function readStoryPairs(file: string, options: { repair?: boolean } = {}): StoryPair[] {
  const repair = options.repair ?? true;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const row = JSON.parse(line) as {
        id1: string;
        id2: string;
        text1: string;
        text2: string;
        lang1: string;
        lang2: string;
        score: number;
        mojibake?: boolean;
      };
      const id = `${row.id1}_${row.id2}`;
      const mojibake = row.mojibake === true;
      const fix = (t: string, lang: string): string => (repair && mojibake ? repairMojibake(t, lang) : t);
      return {
        id,
        text1: fix(row.text1, row.lang1),
        text2: fix(row.text2, row.lang2),
        lang1: row.lang1,
        lang2: row.lang2,
        score: row.score,
        same: row.score <= 2,
        mojibake,
        half: halfOf(id),
      };
    });
}

/** Deterministic half by FNV-1a of the pair id: the same pair is always in the same half, on any machine. */
export function halfOf(id: string): 'tuning' | 'check' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'tuning' : 'check';
}

/** cp1252's characters for bytes 0x80-0x9F (where it differs from Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/**
 * Undoes "UTF-8 read as cp1252/Latin-1" where the file shows it (mojibake rows): "gÃ¼nlÃ¼k" → "günlük". The rows
 * were also NFKC-normalised after the damage ("¼" became "1⁄4"), and some continuation bytes in 0x80-0x9F were
 * dropped (read as C1 controls and stripped); a lead byte left without its continuation is given the commonest
 * letter of the text's language that starts with it (Turkish ğ/ş, German ß/Ü), matching the case around it
 * (see lostContinuation).
 * Characters that were never part of the damage (a correct "ı" beside broken ones) are kept as they are.
 */
export function repairMojibake(text: string, language: string): string {
  const undone = text.replace(/1⁄4/g, '¼').replace(/1⁄2/g, '½').replace(/3⁄4/g, '¾');
  const out: string[] = [];
  const chars = [...undone];
  const byteOf = (c: string): number | null => {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0x80 && cp <= 0xff) return cp;
    return CP1252_BYTE.get(c) ?? null;
  };
  for (let i = 0; i < chars.length; i++) {
    const lead = byteOf(chars[i]);
    const isContinuation = (b: number | null): b is number => b !== null && b >= 0x80 && b <= 0xbf;
    if (lead !== null && lead >= 0xe0 && lead <= 0xef) {
      // A three-byte sequence ("â€™" for "’"), decoded only when whole.
      const b1 = i + 1 < chars.length ? byteOf(chars[i + 1]) : null;
      const b2 = i + 2 < chars.length ? byteOf(chars[i + 2]) : null;
      if (isContinuation(b1) && isContinuation(b2)) {
        out.push(String.fromCodePoint(((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)));
        i += 2;
        continue;
      }
    }
    if (lead === null || lead < 0xc2 || lead > 0xdf) {
      out.push(chars[i]);
      continue;
    }
    const next = i + 1 < chars.length ? byteOf(chars[i + 1]) : null;
    if (isContinuation(next)) {
      out.push(String.fromCodePoint(((lead & 0x1f) << 6) | (next & 0x3f)));
      i++;
      continue;
    }
    // The case of the letter before it (already repaired), else of a plain letter after it.
    const before = out.length ? out[out.length - 1] : undefined;
    const upper = isLetter(before) ? isUpper(before) : isUpper(chars[i + 1]) && byteOf(chars[i + 1]) === null;
    out.push(lostContinuation(lead, language, upper) ?? chars[i]);
  }
  return out.join('');
}

/**
 * The letter a lead byte most likely stood for when its continuation is lost, or null to keep the character as it
 * is: "Ã" is no letter of these languages, but "Ä" (C4) is German, so C4/C5 are guessed only for Turkish.
 */
function lostContinuation(lead: number, language: string, upper: boolean): string | null {
  if (lead === 0xc3) return language === 'de' && !upper ? 'ß' : language === 'tr' ? 'Ç' : 'Ü';
  if (language !== 'tr') return null;
  if (lead === 0xc4) return upper ? 'Ğ' : 'ğ';
  if (lead === 0xc5) return upper ? 'Ş' : 'ş';
  return null;
}

function isUpper(c: string | undefined): boolean {
  return !!c && c !== c.toLowerCase();
}
function isLetter(c: string | undefined): boolean {
  return !!c && c.toLowerCase() !== c.toUpperCase();
}
