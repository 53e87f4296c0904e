import { ENTITY_TYPES, beginOf, labelSpans } from './labels';
import type { EntityType } from '../../types';

/**
 * "Rule boundaries for names": the rule recogniser finds where a name starts and ends well (title stripping,
 * particles, initials) but types it poorly; the tagger types well but, deciding left to right, can cut a long
 * name ("Brigadier General Mohammad | Reza Ashtiani"). When every tagger span overlapping a rule span has one
 * type in `types` and they cut the rule span in pieces, or one of them starts before it (a title the rules
 * stripped), they are replaced by the rule span with that type. Measured on CoNLL-2003 dev and WNUT17 dev
 * before it was kept (see models/README.md).
 */
export function repairBoundaries(labels: Uint8Array, rules: Uint8Array, types: readonly EntityType[]): Uint8Array {
  const tagged = labelSpans(labels);
  if (!tagged.length) return labels;
  const out = Uint8Array.from(labels);
  let t = 0;
  for (const r of labelSpans(rules)) {
    while (t < tagged.length && tagged[t].last < r.first) t++;
    const overlapping: typeof tagged = [];
    for (let k = t; k < tagged.length && tagged[k].first <= r.last; k++) overlapping.push(tagged[k]);
    if (!overlapping.length) continue;
    const type = overlapping[0].type;
    if (!types.includes(type) || overlapping.some((s) => s.type !== type)) continue;
    // Only the failure it is for: a rule name cut in two or more tagger names, or one the tagger began earlier
    // (over a title the rules stripped). Widening or narrowing a single name otherwise cost F1 on CoNLL dev.
    if (overlapping.length < 2 && !(overlapping[0].first < r.first && overlapping[0].last >= r.last)) continue;
    for (const s of overlapping) out.fill(0, s.first, s.last + 1);
    const b = beginOf(type);
    if (r.first === r.last) out[r.first] = b + 3;
    else {
      out[r.first] = b;
      out.fill(b + 1, r.first + 1, r.last);
      out[r.last] = b + 2;
    }
  }
  return out;
}

export const REPAIR_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t === 'PER');
