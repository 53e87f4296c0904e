import type { EntitySpan } from '../../types';
import type { Gazetteer } from '../../geo/gazetteer';
import { FeatureContext, MAX_STATIC_FEATURES, capitalisedRuns, staticFeatures } from './features';
import { MAX_CONSISTENCY_FEATURES, consistencyFeatures, documentCase, summarizeFirstPass } from './document-features';
import { decodeSentence, staticScores } from './decode';
import { REPAIR_TYPES, repairBoundaries } from './span-repair';
import type { EntityType } from '../../types';
import { LABEL_COUNT } from './labels';
import { gazetteerCodes } from './gazetteer-tags';
import type { TaggerModel } from './model';
import { ruleLabels } from './rule-tags';
import { TaggerDoc, sentenceRanges } from './tagger-doc';
import { memoTokenInfo } from './token-info';
import type { WordClusters } from './word-clusters';
import { NameList, nameListCodes } from './name-list';
import { candidateTokens } from './candidates';

/** A document with everything its features need, computed once and shared by both passes. */
export interface PreparedDoc {
  doc: TaggerDoc;
  ctx: FeatureContext;
  sentences: [number, number][];
  /** Static feature keys of token i: keys[offsets[i]..offsets[i+1]). */
  keys: Uint32Array;
  offsets: Int32Array;
  /**
   * 1 for the tokens the tagger scores (candidates.ts); null when it scores every token (training). With
   * candidates, keys hold only the context features: the token-only ones are summed from a memo (token-scores.ts).
   */
  candidates: Uint8Array | null;
}

export function prepareDocument(
  doc: TaggerDoc,
  ruleSpans: EntitySpan[],
  gazetteer: Gazetteer,
  clusters: WordClusters | null,
  names: NameList | null,
  everyToken = false,
): PreparedDoc {
  const n = doc.tokens.length;
  const starts = new Uint8Array(n);
  for (const s of doc.sentenceStarts) if (s < n) starts[s] = 1;
  const info = doc.tokens.map((t, i) => memoTokenInfo(t.text, starts[i] === 1, clusters));
  const { docCase, headline } = documentCase(doc, info);
  const sentences = sentenceRanges(doc);
  const { runFirst, runLast } = capitalisedRuns(info, sentences);
  const ctx: FeatureContext = {
    info,
    rules: ruleLabels(doc.tokens, ruleSpans),
    gazetteer: gazetteerCodes(doc.tokens, doc.sentenceStarts, gazetteer),
    docCase,
    headline,
    runFirst,
    runLast,
    names: nameListCodes(
      doc.tokens,
      info.map((t) => t.lower),
      sentences,
      names,
    ),
  };
  const candidates = everyToken ? null : candidateTokens(info, [ctx.rules, ctx.gazetteer, ctx.names], sentences);
  // Sized for the usual ~61 features a scored token, grown when a token could overflow it (a local buffer, no state kept).
  let scored = n;
  if (candidates) {
    scored = 0;
    for (let i = 0; i < n; i++) scored += candidates[i];
  }
  let buffer = new Uint32Array(scored * 72 + MAX_STATIC_FEATURES);
  const offsets = new Int32Array(n + 1);
  let pos = 0;
  for (const [s, e] of sentences) {
    for (let i = s; i < e; i++) {
      offsets[i] = pos;
      if (candidates && !candidates[i]) continue;
      if (pos + MAX_STATIC_FEATURES > buffer.length) {
        const grown = new Uint32Array(buffer.length * 2);
        grown.set(buffer.subarray(0, pos));
        buffer = grown;
      }
      pos = staticFeatures(ctx, i, s, e, buffer, pos, candidates === null);
    }
    offsets[e] = pos;
  }
  return { doc, ctx, sentences, keys: buffer.subarray(0, pos), offsets, candidates };
}

/** Static scores for all passes (decode.ts staticScores) and the stride of one token's block. */
function scoresOf(model: TaggerModel, p: PreparedDoc): { base: Float64Array; stride: number } {
  return {
    base: staticScores(
      model,
      p.keys,
      p.offsets,
      p.doc.tokens.length,
      p.candidates ? { info: p.ctx.info, candidates: p.candidates } : null,
    ),
    stride: model.passes.length * LABEL_COUNT,
  };
}

/** First pass over every sentence with the first weight table. */
export function firstPass(model: TaggerModel, p: PreparedDoc, scores = scoresOf(model, p)): Uint8Array {
  const labels = new Uint8Array(p.doc.tokens.length);
  for (const [s, e] of p.sentences)
    decodeSentence(model.passes[0], p.ctx.info, scores.base, scores.stride, 0, null, s, e, labels, p.candidates);
  return labels;
}

/** The consistency feature keys of each token, given a first pass (the second pass's extra features). */
export function consistencyKeys(p: PreparedDoc, first: Uint8Array): { keys: Uint32Array; offsets: Int32Array } {
  const n = p.doc.tokens.length;
  const summary = summarizeFirstPass(p.ctx.info, first);
  const keys = new Uint32Array(n * MAX_CONSISTENCY_FEATURES);
  const offsets = new Int32Array(n + 1);
  let pos = 0;
  for (const [s, e] of p.sentences) {
    for (let i = s; i < e; i++) {
      offsets[i] = pos;
      if (p.candidates && !p.candidates[i]) continue;
      pos = consistencyFeatures(summary, p.ctx.info[i], i, s, e, keys, pos);
    }
    offsets[e] = pos;
  }
  return { keys: keys.subarray(0, pos), offsets };
}

/** Static keys followed by consistency keys, per token: the second pass's training input. */
export function withConsistency(p: PreparedDoc, first: Uint8Array): { keys: Uint32Array; offsets: Int32Array } {
  const n = p.doc.tokens.length;
  const extra = consistencyKeys(p, first);
  const keys = new Uint32Array(p.keys.length + extra.keys.length);
  const offsets = new Int32Array(n + 1);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = pos;
    keys.set(p.keys.subarray(p.offsets[i], p.offsets[i + 1]), pos);
    pos += p.offsets[i + 1] - p.offsets[i];
    keys.set(extra.keys.subarray(extra.offsets[i], extra.offsets[i + 1]), pos);
    pos += extra.offsets[i + 1] - extra.offsets[i];
  }
  offsets[n] = pos;
  return { keys, offsets };
}

/**
 * Both passes: the labels of the second (or of the first, for a one-pass model). A hard vote after it (every
 * mention of a name takes its majority type) was measured and dropped: on CoNLL-2003 dev it cost 0.25 F1, and
 * 0.9 with one-word mentions following their longer names, since the learnt second pass already weighs those
 * counts against the local context.
 */
export function tagDocument(
  model: TaggerModel,
  p: PreparedDoc,
  repair: readonly EntityType[] = REPAIR_TYPES,
): Uint8Array {
  const scores = scoresOf(model, p);
  const first = firstPass(model, p, scores);
  if (model.passes.length < 2) return first;
  const extra = consistencyKeys(p, first);
  const labels = new Uint8Array(p.doc.tokens.length);
  for (const [s, e] of p.sentences)
    decodeSentence(
      model.passes[1],
      p.ctx.info,
      scores.base,
      scores.stride,
      LABEL_COUNT,
      extra,
      s,
      e,
      labels,
      p.candidates,
    );
  return repair.length ? repairBoundaries(labels, p.ctx.rules, repair) : labels;
}
