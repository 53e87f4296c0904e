/**
 * Quotes section of `npm run bench:enrich`: the quote extractor against the one it replaced (legacy-extract-quotes.ts,
 * kept importable for this), on the PolNeAR dev and train compartments (../shared/devsets/quotes; the devsets README
 * section "Quotes" describes them). The scoring (scoreQuotes) is pure and has its own spec (enrich-quotes.spec.ts,
 * no dev sets needed).
 *
 * Rules (issue 16):
 * - recall: a gold `direct` quote is found when one predicted quote covers at least half of it (overlap of the two
 *   spans >= half the gold span's length). Partly quoted (`mixed`) gold attributions are reported apart: found when a
 *   predicted quote lies mostly inside one.
 * - precision: a predicted quote is right when at least half of it lies inside gold `direct` or `mixed` spans (the
 *   quoted words of a partly quoted attribution sit inside its span); scare quotes, titles and quotes PolNeAR did not
 *   annotate count against us.
 * - speaker: over found direct quotes whose speaker is scorable (below), the predicted quote that covers most of the
 *   gold one has the right speaker when its name matches (speakerMatches). Scorable, as the devsets README says
 *   ("score speakers against names where the annotated source or its nearest named antecedent is one"): the
 *   annotated source holds a name ("Huckabee spokeswoman Alice Stewart", "Gov. Kasich", "the Washington Post"), or
 *   it is "he"/"she" and the nearest earlier annotated source that names one person or body holds one (PolNeAR does
 *   not resolve coreference; that nearest named source stands for "someone named earlier"). Descriptions are no
 *   names, capitalised modifiers or not ("the woman", "officials", "the Vermont senator", "a Trump spokeswoman":
 *   the head word is lower case), nor are "you"/"we"; joined names ("Trump and Pence") are no antecedent of "he".
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { enrichArticle, groupEntities, recognizeEntities } from '@newsflow/enrichment';
import type { Entity } from '@newsflow/enrichment';
import { extractQuotes } from '../../libs/enrichment/src/quotes/extract-quotes';
import { legacyExtractQuotes } from '../../libs/enrichment/src/quotes/legacy-extract-quotes';

export interface GoldQuote {
  start: number;
  end: number;
  kind: string;
  speaker?: string | null;
  speakerSpans?: { start: number; end: number }[];
  cue?: string | null;
}

export interface QuoteDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface PredictedQuote {
  start: number;
  end: number;
  speaker: string | null;
}

export interface QuoteScore {
  docs: number;
  goldDirect: number;
  foundDirect: number;
  recall: number;
  goldMixed: number;
  foundMixed: number;
  predicted: number;
  correctPredicted: number;
  precision: number;
  /** Found direct quotes whose gold speaker is scorable, and how many of those got the right speaker. */
  speakerScorable: number;
  speakerRight: number;
  /** Of those, the ones whose annotated source itself names someone (no antecedent stand-in involved). */
  speakerScorableNamed: number;
  speakerRightNamed: number;
  speakerAccuracy: number;
  /** Found direct quotes with no predicted speaker at all. */
  noSpeaker: number;
}

/** Subject pronouns of one person: a reporting verb's subject is never "him"/"his". */
const PERSONAL_PRONOUNS = new Set(['he', 'she']);
/** Capitalised words that describe rather than name (so "the Senate Democratic leader" holds no name). */
const DESCRIPTOR_WORDS = new Set(
  (
    'the a an one another this that these those his her their its our my some two three several ' +
    'sen senator rep representative gov governor mr mrs ms miss dr president vice former secretary mayor ' +
    'democrat democrats democratic republican republicans gop senate house congress congressman congresswoman ' +
    'reporter spokesman spokeswoman chairman chairwoman candidate nominee campaign state federal officials ' +
    'he she him his hers they them we i it who which you us'
  ).split(' '),
);

function words(s: string): string[] {
  return s
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/**
 * The part of a speaker phrase that can name someone: up to its first comma or bracket (an apposition describes:
 * "Biden, who served as a US senator") and before a relative clause ("a woman who …"), without a reflexive
 * ("Sanders himself"); when that part is a description, the apposition after it ("the F.B.I. director, James B.
 * Comey,").
 */
function namePart(speaker: string): string {
  const parts = speaker.split(/[,(]/).map((p) =>
    p
      .split(/\s(?:who|which|that|whose)\s/)[0]
      .replace(/\s+(?:himself|herself|itself|themselves)\s*$/, '')
      .trim(),
  );
  const endsWithName = (p: string): boolean => NAME_END_RE.test(p);
  // An apposition names when it is a name alone ("Jeff Weaver", "Sen. Bernie Sanders"), not a clause that holds one
  // ("the vast majority of whom support Hillary Clinton").
  const isName = (p: string): boolean =>
    !!p && p.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w) || /^\p{N}/u.test(w));
  return !endsWithName(parts[0]) && parts.length > 1 && isName(parts[1]) ? parts[1] : parts[0];
}

/** Lower-case particles inside names ("Bill de Blasio", "Anwar al-Awlaki"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
]);
/** A phrase that ends with a name: a capitalised last word, or a particle joined to one ("al-Awlaki"). */
const NAME_END_RE = /(?:^|[\s.])(?:(?:al|el|de|da|bin|ibn)-)?\p{Lu}[\p{L}\p{N}'’.-]*$/u;

/**
 * The capitalised words of a speaker phrase that are no descriptor: its name, or [] when it holds none. A phrase
 * whose last word is lower case is a description even with capitalised modifiers ("the Vermont senator", "a
 * headline from the Wall Street Journal editorial board", "one woman adopted from Iran in the early 1970s"), and so
 * is one that ends with a possessive ("Clinton's").
 */
export function nameWords(speaker: string): string[] {
  // A headline in capitals ("HOW CHINA'S DECLINE AFFECTS THE WORLD") names nobody.
  if (speaker.split(/\s+/).length >= 3 && speaker === speaker.toUpperCase()) return [];
  const part = namePart(speaker);
  if (/['’]s?$/.test(part)) return [];
  // A determiner, lower-case words and a preposition: the head is the common noun ("a spokesman for Bernie
  // Sanders", "A reporter for Agence France-Presse", "a paper from the Brookings Institution").
  if (
    /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome)\s+(?:[\p{Ll}\d][\p{L}\d'’-]*\s+)+(?:of|for|from|at|with|in|on|by|to)\s/u.test(
      part,
    )
  )
    return [];
  if (!NAME_END_RE.test(part)) return [];
  return words(part)
    .filter((w) => /^(?:(?:al|el|de|da|bin|ibn)-)?\p{Lu}/u.test(w) && !DESCRIPTOR_WORDS.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

/** A name that "he"/"she" can stand for: one person or body, not two joined ("Trump and Pence"). */
function singular(speaker: string): boolean {
  return !/\s(?:and|&)\s/.test(namePart(speaker));
}

/**
 * The name a gold quote's speaker stands for (the devsets README, "Quotes": score speakers against names where the
 * annotated source or its nearest named antecedent is one): the annotated source when it names someone; for "he" /
 * "she" the nearest earlier annotated source that names one person or body (PolNeAR marks no antecedents; that
 * source stands for "someone named earlier"); otherwise null (not scorable). Joined names ("Trump and Pence") are
 * no antecedent of "he"/"she".
 */
export function goldSpeakerName(doc: QuoteDoc, quote: GoldQuote): string | null {
  const speaker = (quote.speaker ?? '').trim();
  if (!speaker) return null;
  if (nameWords(speaker).length) return speaker;
  if (!PERSONAL_PRONOUNS.has(speaker.toLowerCase())) return null;
  const at = quote.speakerSpans?.[0]?.start ?? quote.start;
  let best: { at: number; name: string } | null = null;
  for (const q of doc.quotes) {
    const s = (q.speaker ?? '').trim();
    const qAt = q.speakerSpans?.[0]?.start ?? q.start;
    if (qAt < at && nameWords(s).length && singular(s) && (!best || qAt > best.at)) best = { at: qAt, name: s };
  }
  return best?.name ?? null;
}

/**
 * A predicted speaker matches a gold name when all its words are in the gold phrase ("Pat Caddell" in "longtime
 * Democratic pollster Pat Caddell"), or it ends with the gold name's last word and neither side has another word
 * before that one that the other lacks ("Gov. Kasich" and "John Kasich"; "Biden, who served…" and "Joe Biden").
 * "Bill Clinton" does not match "Hillary Clinton".
 */
export function speakerMatches(predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const p = words(predicted).map((w) => w.toLowerCase());
  if (!p.length) return false;
  const g = new Set(words(gold).map((w) => w.toLowerCase()));
  if (p.every((w) => g.has(w))) return true;
  const gn = nameWords(gold);
  if (!gn.length || p[p.length - 1] !== gn[gn.length - 1]) return false;
  const given = gn.length > 1 ? gn[gn.length - 2] : null;
  const predictedGiven = p.length > 1 ? p[p.length - 2] : null;
  return !given || !predictedGiven || given === predictedGiven;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function scoreQuotes(docs: QuoteDoc[], predictions: Map<string, PredictedQuote[]>): QuoteScore {
  const s: QuoteScore = {
    docs: docs.length,
    goldDirect: 0,
    foundDirect: 0,
    recall: 0,
    goldMixed: 0,
    foundMixed: 0,
    predicted: 0,
    correctPredicted: 0,
    precision: 0,
    speakerScorable: 0,
    speakerRight: 0,
    speakerScorableNamed: 0,
    speakerRightNamed: 0,
    speakerAccuracy: 0,
    noSpeaker: 0,
  };
  for (const doc of docs) {
    const pred = predictions.get(doc.id) ?? [];
    const quoted = doc.quotes.filter((q) => q.kind === 'direct' || q.kind === 'mixed');
    for (const p of pred) {
      s.predicted++;
      const inside = quoted.reduce((n, g) => n + overlap(p, g), 0);
      if (inside * 2 >= p.end - p.start) s.correctPredicted++;
    }
    for (const g of doc.quotes) {
      if (g.kind === 'mixed') {
        s.goldMixed++;
        if (pred.some((p) => overlap(p, g) * 2 >= p.end - p.start)) s.foundMixed++;
        continue;
      }
      if (g.kind !== 'direct') continue;
      s.goldDirect++;
      let best: PredictedQuote | null = null;
      for (const p of pred) if (!best || overlap(p, g) > overlap(best, g)) best = p;
      if (!best || overlap(best, g) * 2 < g.end - g.start) continue;
      s.foundDirect++;
      if (!best.speaker) s.noSpeaker++;
      const name = goldSpeakerName(doc, g);
      if (!name) continue;
      const right = speakerMatches(best.speaker, name);
      s.speakerScorable++;
      if (right) s.speakerRight++;
      if (name === (g.speaker ?? '').trim()) {
        s.speakerScorableNamed++;
        if (right) s.speakerRightNamed++;
      }
    }
  }
  s.recall = s.goldDirect ? s.foundDirect / s.goldDirect : 0;
  s.precision = s.predicted ? s.correctPredicted / s.predicted : 0;
  s.speakerAccuracy = s.speakerScorable ? s.speakerRight / s.speakerScorable : 0;
  return s;
}

function readDocs(file: string): QuoteDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QuoteDoc);
}

/**
 * CPU ms (user + system) of fn, best of `rounds` after `warmUps` calls (the first set measured runs on a cold JIT:
 * one warm-up pass over 84 articles left the extractor at several times its steady cost).
 */
function cpuMs(fn: () => void, rounds = 5, warmUps = 3): number {
  for (let i = 0; i < warmUps; i++) fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export const QUOTE_SETS = ['polnear-dev', 'polnear-train'];

/**
 * Prints, per compartment, recall / precision / speaker accuracy and the extractor's CPU ms per article for the new
 * extractor and today's (both on the same grouped entities), plus full enrichArticle CPU ms per article; writes the
 * new extractor's quotes to outDir/enrich-quotes-<set>.jsonl. Returns false when the quote dev sets are missing.
 */
export function runQuotesBench(devSetsDir: string, outDir: string, write: (s: string) => void): boolean {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  let any = false;
  for (const set of QUOTE_SETS) {
    const file = path.join(devSetsDir, 'quotes', `${set}.jsonl`);
    let docs: QuoteDoc[];
    try {
      docs = readDocs(file);
    } catch {
      continue;
    }
    any = true;
    const entities: Entity[][] = docs.map((d) => groupEntities(recognizeEntities(d.text), d.text));
    const ours = new Map<string, PredictedQuote[]>();
    const old = new Map<string, PredictedQuote[]>();
    const lines: string[] = [];
    docs.forEach((d, i) => {
      const q = extractQuotes(d.text, entities[i]);
      ours.set(d.id, q);
      old.set(d.id, legacyExtractQuotes(d.text, entities[i]));
      lines.push(JSON.stringify({ id: d.id, quotes: q }));
    });
    writeFileSync(path.join(outDir, `enrich-quotes-${set}.jsonl`), lines.join('\n') + '\n');
    const a = scoreQuotes(docs, ours);
    const b = scoreQuotes(docs, old);
    const msNew = cpuMs(() => docs.forEach((d, i) => extractQuotes(d.text, entities[i]))) / docs.length;
    const msOld = cpuMs(() => docs.forEach((d, i) => legacyExtractQuotes(d.text, entities[i]))) / docs.length;
    const msAll = cpuMs(() => docs.forEach((d) => enrichArticle({ text: d.text })), 1, 1) / docs.length;
    write(
      `Quotes ${set} (${docs.length} articles, ${a.goldDirect} direct + ${a.goldMixed} partly quoted gold): ` +
        `direct recall (one quote covers half), precision, speaker right where the source is named\n`,
    );
    write(`  system    recall  precision  speaker (of scorable)  no speaker  mixed found  CPU ms/article\n`);
    const row = (label: string, x: QuoteScore, ms: number): string =>
      `  ${label.padEnd(8)} ${pct(x.recall)} %   ${pct(x.precision)} %  ${pct(x.speakerAccuracy)} % (${String(x.speakerScorable).padStart(4)})` +
      `     ${pct(x.foundDirect ? x.noSpeaker / x.foundDirect : 0)} %     ${pct(x.goldMixed ? x.foundMixed / x.goldMixed : 0)} %   ${ms.toFixed(3).padStart(7)}\n`;
    write(row('new', a, msNew));
    write(row('legacy', b, msOld));
    const split = (x: QuoteScore): string =>
      `${pct(x.speakerScorableNamed ? x.speakerRightNamed / x.speakerScorableNamed : 0)} % of ${x.speakerScorableNamed} named, ` +
      `${pct(x.speakerScorable > x.speakerScorableNamed ? (x.speakerRight - x.speakerRightNamed) / (x.speakerScorable - x.speakerScorableNamed) : 0)} % of ${x.speakerScorable - x.speakerScorableNamed} "he"/"she"`;
    write(`  speaker right, new: ${split(a)}; legacy: ${split(b)}\n`);
    write(
      `  predicted quotes: new ${a.predicted}, legacy ${b.predicted}; full enrichArticle ${msAll.toFixed(2)} ms CPU/article\n\n`,
    );
  }
  return any;
}
