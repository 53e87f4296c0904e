import { tokenize } from '../text/tokenize';
import { definitionType, isFollowedByContainerPlace, leftContextType } from './context-cues';
import { recognizeEntitiesByRules as recognizeEntities } from './recognize-entities';

const typed = (text: string): string[] => recognizeEntities(text).map((e) => `${e.type}:${e.text}`);
const indexOf = (text: string, word: string): number => tokenize(text).findIndex((t) => t.text === word);

describe('leftContextType', () => {
  it.each([
    ['They toured with the band Zarvox last year.', 'Zarvox', 'ORG'],
    ['Her second album Glass Harbour sold well.', 'Glass', 'MISC'],
    ['He grew up in the village of Quennet.', 'Quennet', 'LOC'],
    ['Tickets for the Quorvale were sold out.', 'Quorvale', 'ORG'],
  ])('%s → %s is %s', (text, word, type) => {
    expect(leftContextType(tokenize(text), indexOf(text, word))?.[0]).toBe(type);
  });

  it('gives no cue after a verb or at the start of a sentence', () => {
    expect(leftContextType(tokenize('Zarvox said no.'), 0)).toBeNull();
    const text = 'We met Zarvox there.';
    expect(leftContextType(tokenize(text), indexOf(text, 'Zarvox'))).toBeNull();
  });
});

describe('definitionType', () => {
  it.each([
    ['Quennet is a small village in the north.', 'Quennet', 'LOC'],
    ['Marlo Tesk was a Belgian footballer.', 'Tesk', 'PER'],
    ['Zarvox are an English rock band.', 'Zarvox', 'ORG'],
    ['Glasswing, a 1998 album, was reissued.', 'Glasswing', 'MISC'],
  ])('%s → %s is %s', (text, word, type) => {
    expect(definitionType(tokenize(text), indexOf(text, word))?.[0]).toBe(type);
  });

  it('stops at "of" and at punctuation before any defining noun', () => {
    expect(definitionType(tokenize('Quennet is a member of the village council.'), 0)?.[0]).toBe('PER');
    expect(definitionType(tokenize('Quennet is the heart of it, a village.'), 0)).toBeNull();
    expect(definitionType(tokenize('Quennet said a village was near.'), 0)).toBeNull();
  });
});

describe('isFollowedByContainerPlace', () => {
  const kind = (run: { text: string }[]): string | null =>
    ({ England: 'country', Maryland: 'region' })[run.map((t) => t.text).join(' ')] ?? null;

  it('accepts a country or region closing the apposition', () => {
    const text = 'They moved to Debbly Hook, Maryland, in 1862.';
    expect(isFollowedByContainerPlace(tokenize(text), indexOf(text, 'Hook'), kind)).toBe(true);
    const text2 = 'Stationed at Wexcombe, England 4 June 1943.';
    expect(isFollowedByContainerPlace(tokenize(text2), indexOf(text2, 'Wexcombe'), kind)).toBe(true);
  });

  it('rejects a possessive or a longer name after the comma', () => {
    const text = "Tom Quill, England's captain, scored.";
    expect(isFollowedByContainerPlace(tokenize(text), indexOf(text, 'Quill'), kind)).toBe(false);
    const text2 = 'Tom Quill, England Rugby, scored.';
    expect(isFollowedByContainerPlace(tokenize(text2), indexOf(text2, 'Quill'), kind)).toBe(false);
  });
});

describe('context cues in recognizeEntities', () => {
  it('types unknown names by the cue before or after them', () => {
    expect(typed('He joined the band Zarvox in 2001.')).toContain('ORG:Zarvox');
    expect(typed('The fighting reached the village of Quennet.')).toContain('LOC:Quennet');
    expect(typed('Quennet is a village in the hills.')).toContain('LOC:Quennet');
    expect(typed('The squadron moved to Wexcombe Field, England, in June.')).toContain('LOC:Wexcombe Field');
  });

  it('keeps a person with a given name even after "the band"', () => {
    expect(typed('He played with Carlos Santana for years.')).toContain('PER:Carlos Santana');
  });
});
