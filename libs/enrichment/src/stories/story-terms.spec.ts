import { foldText, pushWordGrams, storyWords } from './story-terms';

describe('foldText', () => {
  it('lower-cases and removes diacritics so spellings meet', () => {
    expect(foldText('Erdoğan İstanbul’da')).toBe('erdogan istanbul’da');
    expect(foldText('Straße MÜNCHEN')).toBe('strasse munchen');
    expect(foldText('Łódź')).toBe('lodz');
  });
  it('folds Arabic letter variants', () => {
    expect(foldText('أحمد')).toBe(foldText('احمد'));
  });
});

describe('storyWords', () => {
  it('drops function words of the text’s language', () => {
    expect(storyWords('The elections and the electoral commission', 'en')).toEqual([
      'elections',
      'electoral',
      'commission',
    ]);
    expect(storyWords('Die Regierung und der Bundestag', 'de')).toEqual(['regierung', 'bundestag']);
  });
  it('keeps unspaced scripts as runs for the gram step', () => {
    expect(storyWords('東京都知事', 'ja')).toEqual(['東京都知事']);
  });
});

describe('storyWords, folded', () => {
  it('keeps folded content words in order', () => {
    expect(storyWords('Fähre läuft vor der Insel auf Grund', 'en')).toEqual([
      'fahre',
      'lauft',
      'vor',
      'der',
      'insel',
      'auf',
      'grund',
    ]);
    // German: function words off and a light stem ("Fähre" -> "fahr").
    expect(storyWords('Fähre läuft vor der Insel auf Grund', 'de')).toEqual(['fahr', 'lauft', 'insel', 'grund']);
  });
});

describe('pushWordGrams', () => {
  const grams = (word: string, n = 4): string[] => {
    const out: string[] = [];
    pushWordGrams(word, n, out);
    return out;
  };
  it('cuts a word into overlapping n-grams with its ends marked', () => {
    expect(grams('ferry')).toEqual(['_fer', 'ferr', 'erry', 'rry_']);
    expect(grams('eu')).toEqual(['_eu_']);
  });
  it('lets a compound meet its parts', () => {
    const compound = new Set(grams('grenzoffnungen'));
    expect(grams('grenzen').filter((g) => compound.has(g))).toEqual(['_gre', 'gren', 'renz']);
  });
  it('gives character pairs for unspaced scripts', () => {
    expect(grams('東京都')).toEqual(['東京', '京都']);
  });
  it('strips the Arabic article before cutting', () => {
    expect(grams('الحكومة')).toEqual(grams('حكومة'));
  });
});
