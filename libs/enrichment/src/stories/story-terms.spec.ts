import { foldText, stemWord, storyTerms } from './story-terms';

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

describe('storyTerms', () => {
  it('drops function words and cuts words to a stem', () => {
    expect(storyTerms('The elections and the electoral commission', 'en')).toEqual(['elect', 'elect', 'commi']);
  });
  it('uses the language’s own stop words', () => {
    expect(storyTerms('Die Regierung und der Bundestag', 'de')).toEqual(['regie', 'bunde']);
  });
  it('turns unspaced scripts into character pairs', () => {
    expect(storyTerms('東京都知事', 'ja')).toEqual(['東京', '京都', '都知', '知事']);
  });
  it('strips the Arabic article before stemming', () => {
    expect(stemWord('الحكومة', 10)).toBe('حكومة');
  });
});
