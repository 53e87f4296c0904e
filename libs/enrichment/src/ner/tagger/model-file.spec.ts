import { gzipSync } from 'node:zlib';
import { decodeModel, encodeModel } from './model-file';
import { LABEL_COUNT } from './labels';
import { WordClusters } from './word-clusters';
import { hashString } from './hashing';
import { NameList, sequenceKey } from './name-list';

describe('model file', () => {
  const clusters = WordClusters.parse('#levels\t1024\t256\t64\t16\n#map\t0\t0\t0\t0\n#map\t1\t1\t0\t0\nParis\t1\n');
  const keys = Uint32Array.from([11, 22, 33]);
  const names = NameList.build([{ words: ['Deutsche', 'Bank'], type: 'ORG' }]);
  const weights = Float32Array.from({ length: 3 * LABEL_COUNT }, (_, k) => Math.sin(k) * (k % 4 ? 1 : 0.01));

  it('round-trips keys, clusters and row-quantised weights', () => {
    const model = decodeModel(encodeModel({ passes: [{ keys, weights }], clusters, names, meta: { seed: 14 } }));
    expect(model.meta).toEqual({ seed: 14 });
    expect([...model.passes[0].keys]).toEqual([11, 22, 33]);
    expect(model.passes[0].index.get(22)).toBe(1);
    expect(model.passes[0].index.get(44)).toBe(-1);
    for (let r = 0; r < 3; r++) {
      const row = weights.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT);
      const max = Math.max(...row.map(Math.abs));
      for (let l = 0; l < LABEL_COUNT; l++)
        expect(Math.abs(model.passes[0].weights[r * LABEL_COUNT + l] - row[l])).toBeLessThanOrEqual(max / 65534 + 1e-6);
    }
    expect(model.clusters.fineOf('Paris', 'paris')).toBe(1);
    expect(model.clusters.wordHashes[0]).toBe(hashString('Paris'));
    expect(model.names?.code(sequenceKey([hashString('deutsche'), hashString('bank')]))).toBe(1 + 2 * 1);
  });

  it('rejects a file that is not a tagger model', () => {
    expect(() => decodeModel(gzipSync(Buffer.from('not a model')))).toThrow(/not a Newsflow NER weights file/);
  });
});
