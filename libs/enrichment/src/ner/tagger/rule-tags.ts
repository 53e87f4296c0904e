import type { EntitySpan } from '../../types';
import { O, beginOf } from './labels';
import type { TaggerToken } from './tagger-doc';

/**
 * "Rules as features": the rule-and-lexicon recogniser's spans projected onto the tagger's tokens as BILOU labels.
 * The rules encode the project's lexicons (titles, given names, head words, the gazetteer) and their context
 * cues; the model learns how far to trust each of their decisions instead of obeying them.
 * A token takes the label of the span its start falls in: U for a one-token span, else B, I or L by position.
 */
export function ruleLabels(tokens: TaggerToken[], spans: EntitySpan[]): Uint8Array {
  const out = new Uint8Array(tokens.length).fill(O);
  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a.start - b.start) : spans;
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < sorted.length && sorted[s].end <= t.start) s++;
    const span = sorted[s];
    if (!span || span.start >= t.end) continue;
    const begin = beginOf(span.type);
    const first = span.start < t.end && (i === 0 || tokens[i - 1].end <= span.start);
    const last = !tokens[i + 1] || tokens[i + 1].start >= span.end;
    out[i] = begin + (first ? (last ? 3 : 0) : last ? 2 : 1);
  }
  return out;
}
