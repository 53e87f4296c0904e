import { halfOf, repairMojibake } from './story-pairs';

/** What a UTF-8 text looks like read as cp1252 (the damage the pairs file shows), then NFKC-normalised. */
function damage(text: string): string {
  const cp1252 = new TextDecoder('windows-1252');
  return cp1252.decode(new TextEncoder().encode(text)).normalize('NFKC');
}

describe('repairMojibake', () => {
  it('undoes UTF-8 read as cp1252, including the NFKC-split fractions', () => {
    expect(damage('in München')).toBe('in MÃ1⁄4nchen');
    expect(repairMojibake(damage('Straßenbahn in München fährt'), 'de')).toBe('Straßenbahn in München fährt');
    expect(repairMojibake(damage('Gümüşhane’de kış'), 'tr')).toBe('Gümüşhane’de kış');
  });
  it('guesses a lost continuation byte by language and case', () => {
    // "ğ" is C4 9F; the 9F went missing, as in the file.
    expect(repairMojibake('yasaÄÄ±', 'tr')).toBe('yasağı');
    expect(repairMojibake('SOKAÄA', 'tr')).toBe('SOKAĞA');
  });
  it('leaves clean text alone', () => {
    expect(repairMojibake('Ärzte in Köln', 'de')).toBe('Ärzte in Köln');
  });
});

describe('halfOf', () => {
  it('splits pairs deterministically into two halves of about equal size', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `${1000000 + i * 7}_${2000000 + i * 13}`);
    const tuning = ids.filter((id) => halfOf(id) === 'tuning').length;
    expect(tuning).toBeGreaterThan(900);
    expect(tuning).toBeLessThan(1100);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
  });
});
