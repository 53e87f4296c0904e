import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('takes the English fast path for English prose', () => {
    expect(
      detectLanguage(
        'He said that the ministers of the two countries met in the capital on Friday and agreed to work on it.',
      ),
    ).toBe('en');
  });

  it('detects other languages with tinyld', () => {
    expect(detectLanguage('Le gouvernement a annoncé de nouvelles mesures pour les familles et les entreprises.')).toBe(
      'fr',
    );
    expect(
      detectLanguage('Die Regierung hat am Freitag neue Maßnahmen für Familien und Unternehmen angekündigt.'),
    ).toBe('de');
  });

  it('gives null for texts without enough letters', () => {
    expect(detectLanguage('12 34 !!')).toBeNull();
  });
});
