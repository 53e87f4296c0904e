import { gunzipSync, gzipSync } from 'node:zlib';
import { LABEL_COUNT } from './labels';
import { TaggerModel, passWeights, taggerModel } from './model';
import { CLUSTER_LEVELS, WordClusters } from './word-clusters';
import { NameList } from './name-list';

/**
 * The weights file: gzip over
 *   "NFNER001" | header length (uint32 LE) | header JSON | sections, each padded to 4 bytes:
 *   cluster word hashes (uint32 x W) | fine ids (uint16 x W) | coarse ids (uint16 x 1024 x 3)
 *   name list keys (uint32 x N) | name list codes (uint8 x N)
 *   per pass: feature keys (uint32 x R) | row scales (float32 x R) | non-zero counts (uint8 x R)
 *             | labels of the non-zero weights (uint8 x Z) | their values (int16 x Z)
 * "Sparse row quantisation": only a row's non-zero weights are stored (about 4 of 17), each as int16 of
 * (weight / scale) with scale = max |weight| / 32767 per row, so a row with one large weight (the bias) keeps its
 * small ones (int8 lost 0.7 F1 on CoNLL dev that way); on load rows are expanded back to float32.
 */
const MAGIC = 'NFNER002';

interface Header {
  version: 1;
  labels: number;
  clusterWords: number;
  coarseLength: number;
  names: number;
  passes: { rows: number; nonZero?: number }[];
  meta: Record<string, unknown>;
}

export function encodeModel(model: {
  passes: { keys: Uint32Array; weights: Float32Array }[];
  clusters: WordClusters;
  names: NameList | null;
  meta: Record<string, unknown>;
}): Buffer {
  const header: Header = {
    version: 1,
    labels: LABEL_COUNT,
    clusterWords: model.clusters.wordHashes.length,
    coarseLength: model.clusters.coarse.length,
    names: model.names ? model.names.keys.length : 0,
    passes: model.passes.map((p) => ({ rows: p.keys.length })),
    meta: model.meta,
  };
  const parts: Buffer[] = [];
  const push = (bytes: ArrayBufferView): void => {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    parts.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
  };
  push(model.clusters.wordHashes);
  push(model.clusters.fine);
  push(model.clusters.coarse);
  if (model.names) {
    push(model.names.keys);
    push(model.names.codes);
  }
  for (const p of model.passes) {
    const rows = p.keys.length;
    const scales = new Float32Array(rows);
    const counts = new Uint8Array(rows);
    const labels: number[] = [];
    const values: number[] = [];
    for (let r = 0; r < rows; r++) {
      let max = 0;
      for (let l = 0; l < LABEL_COUNT; l++) max = Math.max(max, Math.abs(p.weights[r * LABEL_COUNT + l]));
      const scale = max / 32767 || 1;
      scales[r] = scale;
      for (let l = 0; l < LABEL_COUNT; l++) {
        const q = Math.round(p.weights[r * LABEL_COUNT + l] / scale);
        if (q === 0) continue;
        counts[r]++;
        labels.push(l);
        values.push(q);
      }
    }
    header.passes[model.passes.indexOf(p)].nonZero = labels.length;
    push(p.keys);
    push(scales);
    push(counts);
    push(Uint8Array.from(labels));
    push(Int16Array.from(values));
  }
  // The header goes first but is written last: it carries the non-zero counts found while writing the passes.
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  parts.unshift(Buffer.from(MAGIC, 'latin1'), len, json, Buffer.alloc((4 - (json.length % 4)) % 4));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): TaggerModel {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('tagger model: not a Newsflow NER weights file');
  const jsonLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + jsonLength)) as Header;
  if (header.version !== 1 || header.labels !== LABEL_COUNT) throw new Error('tagger model: unsupported version');
  let pos = align(12 + jsonLength);
  // Copies, not views: the typed arrays must be aligned and must not keep the whole decompressed buffer alive.
  const take = <T>(make: (b: ArrayBuffer) => T, bytes: number): T => {
    const copy = new ArrayBuffer(bytes);
    new Uint8Array(copy).set(buf.subarray(pos, pos + bytes));
    pos = align(pos + bytes);
    return make(copy);
  };
  const words = header.clusterWords;
  const wordHashes = take((b) => new Uint32Array(b), words * 4);
  const fine = take((b) => new Uint16Array(b), words * 2);
  const coarse = take((b) => new Uint16Array(b), header.coarseLength * 2);
  if (coarse.length % (CLUSTER_LEVELS - 1)) throw new Error('tagger model: bad cluster table');
  const names = header.names
    ? new NameList(
        take((b) => new Uint32Array(b), header.names * 4),
        take((b) => new Uint8Array(b), header.names),
      )
    : null;
  const passes = header.passes.map(({ rows, nonZero = 0 }) => {
    const keys = take((b) => new Uint32Array(b), rows * 4);
    const scales = take((b) => new Float32Array(b), rows * 4);
    const counts = take((b) => new Uint8Array(b), rows);
    const labels = take((b) => new Uint8Array(b), nonZero);
    const values = take((b) => new Int16Array(b), nonZero * 2);
    const weights = new Float32Array(rows * LABEL_COUNT);
    for (let r = 0, k = 0; r < rows; r++)
      for (let c = 0; c < counts[r]; c++, k++) weights[r * LABEL_COUNT + labels[k]] = values[k] * scales[r];
    return passWeights(keys, weights);
  });
  return taggerModel(passes, new WordClusters(wordHashes, fine, coarse), names, header.meta);
}

function align(n: number): number {
  return (n + 3) & ~3;
}
