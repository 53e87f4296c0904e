import { LABELS } from './labels';
import { repairBoundaries } from './span-repair';

const labels = (xs: string[]): Uint8Array => Uint8Array.from(xs.map((x) => LABELS.indexOf(x)));
const names = (xs: Uint8Array): string[] => [...xs].map((l) => LABELS[l]);

describe('rule boundaries for names', () => {
  // Brigadier General Mohammad Reza Ashtiani said
  const rules = labels(['O', 'O', 'B-PER', 'I-PER', 'L-PER', 'O']);

  it('joins a name the tagger cut in two and drops the title it took in', () => {
    const tagger = labels(['B-PER', 'I-PER', 'L-PER', 'O', 'U-PER', 'O']);
    expect(names(repairBoundaries(tagger, rules, ['PER']))).toEqual(['O', 'O', 'B-PER', 'I-PER', 'L-PER', 'O']);
  });

  it('leaves other types, mixed types and names the tagger bounded on its own', () => {
    const asOrg = labels(['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-ORG', 'O']);
    expect(names(repairBoundaries(asOrg, rules, ['PER']))).toEqual(names(asOrg));
    const mixed = labels(['O', 'O', 'U-PER', 'O', 'U-LOC', 'O']);
    expect(names(repairBoundaries(mixed, rules, ['PER']))).toEqual(names(mixed));
    const shorter = labels(['O', 'O', 'O', 'B-PER', 'L-PER', 'O']);
    expect(names(repairBoundaries(shorter, rules, ['PER']))).toEqual(names(shorter));
  });
});
