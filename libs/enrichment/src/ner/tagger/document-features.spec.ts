import { DC_CAP_MID, DC_LOWER, consistencyFeatures, documentCase, summarizeFirstPass } from './document-features';
import { mix } from './hashing';
import { LABELS } from './labels';
import { docFromSentences } from './tagger-doc';
import { tokenInfo } from './token-info';

const label = (x: string): number => LABELS.indexOf(x);

describe('document case evidence', () => {
  it('tells a dateline capital from the same word mid-sentence, and headlines from text', () => {
    const doc = docFromSentences([
      ['BRUSSELS', 'CALLS', 'OFF', 'TALKS'],
      ['Talks', 'in', 'Brussels', 'were', 'called', 'off', '.'],
    ]);
    const { docCase, headline } = documentCase(
      doc,
      doc.tokens.map((t) => tokenInfo(t.text, false, null)),
    );
    expect([...headline]).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(docCase[0] & DC_CAP_MID).toBeTruthy(); // BRUSSELS: "Brussels" mid-sentence elsewhere
    expect(docCase[3] & DC_CAP_MID).toBe(0); // TALKS: only sentence-initial "Talks"
    expect(docCase[2] & DC_LOWER).toBeTruthy(); // OFF: "off" in lower case
  });
});

describe('document consistency features (second pass)', () => {
  // "Juventus beat Milan . Fans of Juventus cheered ." with a first pass that typed the second Juventus LOC.
  const doc = docFromSentences([
    ['Juventus', 'beat', 'Milan', '.'],
    ['Fans', 'of', 'Juventus', 'cheered', '.'],
    ['Juventus', 'lost', '.'],
  ]);
  const first = Uint8Array.from(
    ['U-ORG', 'O', 'U-ORG', 'O', 'O', 'O', 'U-LOC', 'O', 'O', 'U-ORG', 'O', 'O'].map(label),
  );
  const summary = summarizeFirstPass(
    doc.tokens.map((t) => tokenInfo(t.text, false, null)),
    first,
  );

  it('counts first-pass types per word', () => {
    expect([...summary.counts.get('juventus')!]).toEqual([0, 2, 1, 0]);
    expect(summary.firstType.get('juventus')).toBe(1);
    expect(summary.counts.has('of')).toBe(false); // function words never vote
  });

  it("gives a token the others' majority type, not counting its own vote", () => {
    const info = tokenInfo('Juventus', false, null);
    const out = new Uint32Array(16);
    const n = consistencyFeatures(summary, info, 6, 4, 9, out, 0);
    const keys = [...out.subarray(0, n)];
    expect(keys).toContain(mix(84, 1)); // majority of the other mentions: ORG
    expect(keys).toContain(mix(85, 1));
    expect(keys).not.toContain(mix(85, 2)); // its own LOC vote is not evidence for itself
  });
});
