import { bestAllowed, decodeSentence, staticScores } from './decode';
import { hashString, mix } from './hashing';
import { LABELS, LABEL_COUNT } from './labels';
import { passWeights, taggerModel } from './model';
import { WordClusters } from './word-clusters';
import { tokenInfo } from './token-info';

const label = (x: string): number => LABELS.indexOf(x);

describe('greedy decoding', () => {
  it('never starts an entity with I- (BILOU constraint)', () => {
    const scores = new Float64Array(LABEL_COUNT);
    scores[label('I-ORG')] = 5;
    scores[label('U-PER')] = 1;
    expect(LABELS[bestAllowed(scores, label('O'))]).toBe('U-PER');
    expect(LABELS[bestAllowed(scores, label('B-ORG'))]).toBe('I-ORG');
  });

  it('decodes with static weights and the previous label (history)', () => {
    // "Paris" → B-LOC by its word feature; "Hilton" → L-LOC right after B-LOC, U-PER otherwise.
    const paris = mix(2, hashString('Paris'));
    const hilton = mix(2, hashString('Hilton'));
    const afterLoc = mix(60, label('B-LOC'));
    const weights = new Float32Array(3 * LABEL_COUNT);
    weights[0 * LABEL_COUNT + label('B-LOC')] = 2;
    weights[1 * LABEL_COUNT + label('U-PER')] = 1;
    weights[2 * LABEL_COUNT + label('L-LOC')] = 3;
    const pass = passWeights(Uint32Array.from([paris, hilton, afterLoc]), weights);
    const info = ['Paris', 'Hilton', 'Hilton'].map((w) => tokenInfo(w, false, null));
    const model = taggerModel(
      [pass],
      new WordClusters(new Uint32Array(0), new Uint16Array(0), new Uint16Array(0)),
      null,
      {},
    );
    const base = staticScores(model, Uint32Array.from([paris, hilton, hilton]), Int32Array.from([0, 1, 2, 3]), 3);
    const out = new Uint8Array(3);
    decodeSentence(pass, info, base, LABEL_COUNT, 0, null, 0, 3, out);
    expect([...out].map((l) => LABELS[l])).toEqual(['B-LOC', 'L-LOC', 'U-PER']);
  });
});
