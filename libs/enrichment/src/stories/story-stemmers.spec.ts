import { stemmerFor } from './story-stemmers';
import { foldText, storyWords } from './story-terms';

describe('stemmerFor', () => {
  const stem = (language: string, word: string): string => (stemmerFor(language) ?? ((w: string) => w))(foldText(word));

  it('lets German inflections meet', () => {
    expect(stem('de', 'Regierungen')).toBe(stem('de', 'Regierung'));
    expect(stem('de', 'Einbrechern')).toBe(stem('de', 'Einbrecher'));
    expect(stem('de', 'Grenzen')).toBe('grenz');
    // Short words stay whole.
    expect(stem('de', 'Haus')).toBe('haus');
  });

  it('lets Polish case forms meet', () => {
    expect(stem('pl', 'wyborów')).toBe(stem('pl', 'wybory'));
    expect(stem('pl', 'prezydenta')).toBe(stem('pl', 'prezydent'));
    expect(stem('pl', 'ministrami')).toBe(stem('pl', 'ministra'));
  });

  it('takes the Arabic article, "and" and plural endings off', () => {
    expect(stem('ar', 'الحكومات')).toBe(stem('ar', 'حكومة'));
    expect(stem('ar', 'والمعلمون')).toBe(stem('ar', 'معلم'));
    // A Latin word in an Arabic text is left alone.
    expect(stem('ar', 'Trump')).toBe('trump');
  });

  it('has none for languages whose words the grams match as they are', () => {
    expect(stemmerFor('en')).toBeNull();
    expect(stemmerFor(null)).toBeNull();
    expect(storyWords('elections', 'en')).toEqual(['elections']);
  });
});
