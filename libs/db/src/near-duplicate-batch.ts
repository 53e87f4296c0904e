/**
 * Which new articles of a batch nearly duplicate a stored article or an earlier article of the same batch. Pure:
 * the stored candidates come from the caller's band lookup (articles sharing a fingerprint band with a new one).
 */
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { fingerprintBands, hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE } from './fingerprint-bands';

/** Below this much text a fingerprint says too little to call two articles the same story. */
export const MIN_TEXT_FOR_NEAR_DUPLICATE = 300;

export interface NearDuplicateCandidate {
  id: string;
  fingerprint: string;
  bands: [number, number, number, number];
}

/** A stored article sharing a band with a new one; `original` is what that article itself duplicates, if any. */
export interface StoredBandHit {
  newId: string;
  oldId: string;
  fingerprint: string;
  original: string | null;
}

export interface NearDuplicateLink {
  duplicateOf: string;
  distance: number;
}

/** A new article that can take part in near-duplicate linking, or null (no valid fingerprint, too short). */
export function nearDuplicateCandidate(message: EnrichedArticleV1): NearDuplicateCandidate | null {
  const fingerprint = message.enrichment.fingerprint;
  const bands = fingerprintBands(fingerprint);
  if (!bands || message.article.text.length < MIN_TEXT_FOR_NEAR_DUPLICATE) return null;
  return { id: message.articleId, fingerprint, bands };
}

/**
 * Links, in batch order: a new article links to the nearest stored hit (ties: the first in the hits' order, which
 * the caller sorts oldest first), to the original of that hit when the hit is itself a duplicate (every copy points
 * at the first article of the story); failing that, to the first earlier article of the batch within the distance.
 * Earlier articles of the batch are found through their bands too (two fingerprints within distance 3 share a
 * band), so a batch costs about one comparison per article instead of one per pair.
 */
export function pickNearDuplicates(
  candidates: NearDuplicateCandidate[],
  stored: StoredBandHit[],
): Map<string, NearDuplicateLink> {
  const hitsByNew = new Map<string, StoredBandHit[]>();
  for (const h of stored) {
    const list = hitsByNew.get(h.newId);
    if (list) list.push(h);
    else hitsByNew.set(h.newId, [h]);
  }
  const links = new Map<string, NearDuplicateLink>();
  /** Earlier originals of this batch by "band number:band value", as positions in `originals`. */
  const byBand = new Map<string, number[]>();
  const originals: NearDuplicateCandidate[] = [];
  for (const c of candidates) {
    let best: NearDuplicateLink | null = null;
    for (const h of hitsByNew.get(c.id) ?? []) {
      if (h.oldId === c.id) continue;
      const distance = hammingDistance(c.fingerprint, h.fingerprint);
      if (distance <= NEAR_DUPLICATE_MAX_DISTANCE && (!best || distance < best.distance)) {
        best = { duplicateOf: h.original ?? h.oldId, distance };
      }
    }
    if (!best) {
      const earlier = new Set<number>();
      c.bands.forEach((value, b) => byBand.get(`${b}:${value}`)?.forEach((i) => earlier.add(i)));
      for (const i of [...earlier].sort((x, y) => x - y)) {
        const distance = hammingDistance(c.fingerprint, originals[i].fingerprint);
        if (distance <= NEAR_DUPLICATE_MAX_DISTANCE) {
          best = { duplicateOf: originals[i].id, distance };
          break;
        }
      }
    }
    if (best) {
      links.set(c.id, best);
      continue;
    }
    const position = originals.push(c) - 1;
    c.bands.forEach((value, b) => {
      const key = `${b}:${value}`;
      const list = byBand.get(key);
      if (list) list.push(position);
      else byBand.set(key, [position]);
    });
  }
  return links;
}
