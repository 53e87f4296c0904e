import type { EntitySpan } from '../../types';
import { loadGazetteer } from '../../geo/gazetteer';
import { Token, tokenize } from '../../text/tokenize';
import { labelSpans } from './labels';
import type { TaggerModel } from './model';
import { prepareDocument, tagDocument } from './tag-document';
import type { TaggerDoc } from './tagger-doc';

/**
 * The trained tagger on raw text: the enricher's tokeniser (sentences from its sentence starts), both passes,
 * and spans back in UTF-16 offsets. ruleSpans are the rule recogniser's outputs over the same text (features).
 * Tokens inside URLs and e-mail addresses are never part of an entity.
 */
export function tagEntities(text: string, model: TaggerModel, ruleSpans: EntitySpan[]): EntitySpan[] {
  const tokens = tokenize(text);
  return tagTokens(text, tokens, model, ruleSpans);
}

export function tagTokens(text: string, tokens: Token[], model: TaggerModel, ruleSpans: EntitySpan[]): EntitySpan[] {
  if (!tokens.length) return [];
  const sentenceStarts: number[] = [0];
  for (let i = 1; i < tokens.length; i++) if (tokens[i].sentenceStart) sentenceStarts.push(i);
  const doc: TaggerDoc = { text, tokens, sentenceStarts };
  const labels = tagDocument(model, prepareDocument(doc, ruleSpans, loadGazetteer(), model.clusters, model.names));
  const out: EntitySpan[] = [];
  for (const span of labelSpans(labels)) {
    let urlToken = false;
    for (let i = span.first; i <= span.last; i++) if (tokens[i].inUrl) urlToken = true;
    if (urlToken) continue;
    const start = tokens[span.first].start;
    const end = tokens[span.last].end;
    out.push({ start, end, type: span.type, text: text.slice(start, end) });
  }
  return out;
}
