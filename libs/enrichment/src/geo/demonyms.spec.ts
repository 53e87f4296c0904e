import { DEMONYMS, demonymCountry } from './demonyms';

describe('demonymCountry', () => {
  it('finds the country of a demonym and of its plural', () => {
    expect(demonymCountry('Iranian')).toBe('IR');
    expect(demonymCountry('Iranians')).toBe('IR');
    expect(demonymCountry('Americans')).toBe('US');
  });

  it('knows every listed demonym and nothing else, not even the names of object properties', () => {
    for (const [word, cc] of Object.entries(DEMONYMS)) expect([word, demonymCountry(word)]).toEqual([word, cc]);
    for (const word of ['Moscow', 'Smith', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 's', ''])
      expect([word, demonymCountry(word)]).toEqual([word, null]);
  });
});
