import { hashString } from './hashing';
import { HashIndex } from './hash-index';

/**
 * Word clusters from the CC0 vectors of spaCy's en_core_web_md (scripts/derive-word-clusters.py): a word's
 * k-means cluster at 1024, 256, 64 and 16 clusters. They stand in for Brown clusters (Ratinov & Roth 2009):
 * words the training data never showed ("Xinhua") share a cluster with ones it did ("Reuters").
 * Kept as hashed words (Uint32) and fine ids (Uint16), so loading is a copy of typed arrays, not a parse of
 * 684,000 strings.
 */
export const CLUSTER_LEVELS = 4;

export class WordClusters {
  private readonly index: HashIndex;

  /**
   * @param wordHashes hashString of each word
   * @param fine the word's cluster at the finest level
   * @param coarse for each fine cluster, its ids at the coarser levels (CLUSTER_LEVELS - 1 per fine id)
   */
  constructor(
    readonly wordHashes: Uint32Array,
    readonly fine: Uint16Array,
    readonly coarse: Uint16Array,
  ) {
    this.index = new HashIndex(wordHashes);
  }

  /** Fine cluster of the word, or -1. Case first as written, then "case fallback": Title case, lower case. */
  fineOf(word: string, lower: string): number {
    let row = this.index.get(hashString(word));
    if (row < 0 && word !== lower) {
      row = this.index.get(hashString(word[0] + lower.slice(1)));
      if (row < 0) row = this.index.get(hashString(lower));
    }
    return row < 0 ? -1 : this.fine[row];
  }

  /** Cluster id at a level (0 = finest) of a fine cluster id. */
  at(fineId: number, level: number): number {
    return level === 0 ? fineId : this.coarse[fineId * (CLUSTER_LEVELS - 1) + level - 1];
  }

  /** Parses the committed table (word-clusters.tsv, gunzipped): "#map" lines, then "word<TAB>fine" lines. */
  static parse(tsv: string): WordClusters {
    const hashes: number[] = [];
    const fine: number[] = [];
    const coarse: number[] = [];
    for (const line of tsv.split('\n')) {
      if (!line) continue;
      const cols = line.split('\t');
      if (cols[0] === '#map') {
        const id = Number(cols[1]);
        for (let l = 1; l < CLUSTER_LEVELS; l++) coarse[id * (CLUSTER_LEVELS - 1) + l - 1] = Number(cols[1 + l]);
      } else if (cols[0] !== '#levels' && cols.length === 2) {
        hashes.push(hashString(cols[0]));
        fine.push(Number(cols[1]));
      }
    }
    return new WordClusters(Uint32Array.from(hashes), Uint16Array.from(fine), Uint16Array.from(coarse));
  }
}
