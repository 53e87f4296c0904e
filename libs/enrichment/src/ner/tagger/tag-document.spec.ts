import { loadGazetteer } from '../../geo/gazetteer';
import { loadTaggerModel } from './model-loader';
import { LABELS } from './labels';
import { consistencyKeys, firstPass, prepareDocument, tagDocument } from './tag-document';
import { docFromSentences } from './tagger-doc';
import { taggerModel } from './model';
import { recognizeEntitiesByRules } from '../recognize-entities';

describe('two-pass tagging of a document', () => {
  const sentences = [
    'Hapoel Haifa beat Maccabi Tel Aviv 2-1 on Sunday .'.split(' '),
    'Coach Eli Cohen said Hapoel had deserved the win .'.split(' '),
    'Hapoel play in Jerusalem next week .'.split(' '),
  ];
  const doc = docFromSentences(sentences);
  const model = loadTaggerModel();
  const prepare = (everyToken: boolean) =>
    prepareDocument(doc, recognizeEntitiesByRules(doc.text), loadGazetteer(), model.clusters, model.names, everyToken);
  const prepared = prepare(false);

  it('computes static features once, for the candidate tokens only at run time and for every token in training', () => {
    expect(prepared.offsets[doc.tokens.length]).toBe(prepared.keys.length);
    const scored = doc.tokens.filter((_, i) => prepared.offsets[i + 1] > prepared.offsets[i]).map((t) => t.text);
    expect(scored).toEqual(expect.arrayContaining(['Hapoel', 'Haifa', 'Eli', 'Cohen', 'Jerusalem']));
    expect(scored).not.toContain('beat');
    const every = prepare(true);
    expect(every.candidates).toBeNull();
    for (let i = 0; i < doc.tokens.length; i++) expect(every.offsets[i + 1]).toBeGreaterThan(every.offsets[i]);
  });

  it('labels a run-time document as it labels it with every token scored, outside the skipped tokens', () => {
    const every = prepare(true);
    expect([...tagDocument(model, prepared)]).toEqual([...tagDocument(model, every)]);
  });

  it('gives a one-pass model the first-pass labels, and both passes a valid label sequence', () => {
    const first = firstPass(model, prepared);
    const onePass = taggerModel(model.passes.slice(0, 1), model.clusters, model.names, model.meta);
    expect(tagDocument(onePass, prepared)).toEqual(first);
    const labels = [...tagDocument(model, prepared)].map((l) => LABELS[l]);
    expect(labels).toHaveLength(doc.tokens.length);
    const at = (word: string, from = 0): string => labels[doc.tokens.findIndex((t, i) => i >= from && t.text === word)];
    expect(at('Hapoel')).toBe('B-ORG');
    expect(at('Eli')).toBe('B-PER');
    expect(at('Jerusalem')).toBe('U-LOC');
  });

  it('second pass sees how the first typed the same word elsewhere (document consistency features)', () => {
    const first = firstPass(model, prepared);
    const extra = consistencyKeys(prepared, first);
    const hapoel = doc.tokens.findIndex((t, i) => i > 0 && t.text === 'Hapoel');
    expect(extra.offsets[hapoel + 1] - extra.offsets[hapoel]).toBeGreaterThan(4);
    // Same static features, different consistency features when the first pass typed the other mentions otherwise.
    const relabelled = Uint8Array.from(first);
    relabelled[0] = LABELS.indexOf('B-LOC');
    relabelled[1] = LABELS.indexOf('L-LOC');
    const other = consistencyKeys(prepared, relabelled);
    const keysAt = (x: { keys: Uint32Array; offsets: Int32Array }): number[] => [
      ...x.keys.subarray(x.offsets[hapoel], x.offsets[hapoel + 1]),
    ];
    expect(keysAt(other)).not.toEqual(keysAt(extra));
  });
});
