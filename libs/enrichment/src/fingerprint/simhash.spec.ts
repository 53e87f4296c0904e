import { fingerprintDistance, simhash } from './simhash';

const base =
  'Iranian Defense Minister Mohammad Reza Ashtiani says Iran and Russia should promote defense and military cooperation to improve regional security and stability. Ashtiani made the remarks in a meeting with his Russian counterpart on the sidelines of the meeting in Astana, Kazakhstan, on Friday. He said Tehran and Moscow should oppose unilateralism in global issues.';

describe('simhash', () => {
  it('is 16 hex chars and deterministic', () => {
    expect(simhash(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(base)).toBe(simhash(base));
    expect(fingerprintDistance(simhash(base), simhash(base))).toBe(0);
  });

  it('keeps near-duplicates close and unrelated texts far apart', () => {
    const copy = `${base.replace('on Friday', 'on Friday afternoon')} (Reporting by a wire service.)`;
    const other =
      'The city council approved a new budget for public libraries on Tuesday, adding evening hours and hiring staff for the children’s reading programme across the northern districts after a long debate.';
    const near = fingerprintDistance(simhash(base), simhash(copy));
    const far = fingerprintDistance(simhash(base), simhash(other));
    expect(near).toBeLessThan(12);
    expect(far).toBeGreaterThan(18);
  });

  it('measures Hamming distance', () => {
    expect(fingerprintDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(fingerprintDistance('0000000000000001', '0000000000000003')).toBe(1);
  });

  it('keeps the fingerprints already stored: the same text gives the same bits as every earlier version', () => {
    // Stored articles are compared with new ones by these bits; a change of algorithm would orphan them all.
    expect(
      simhash('The minister met his Kazakh counterpart in Astana on Friday to discuss security cooperation.'),
    ).toBe('f0020327692a1eb6');
  });
});
