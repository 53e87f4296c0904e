import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

describe('captions, credits and gallery strings', () => {
  const page = articlePage({
    articleHeader: '<figure><img src="/i/lead.jpg"><figcaption>The council chamber.</figcaption></figure>',
    paragraphs: ENGLISH_PARAGRAPHS.slice(0, 2),
    afterParagraphs: [
      '<figure><img src="/i/depot.jpg"><figcaption>The new bus depot opens in March.</figcaption></figure>',
      '<div class="wp-caption"><img src="/i/hall.jpg"><p class="wp-caption-text">The town hall, seen from the square.</p></div>',
      '<p>Photo: Ann Lee</p>',
      '<p>Firn | Getty Images</p>',
      '<p>Above: Council members during the vote on Tuesday.</p>',
      '<p>Guests pick their pastries from glass cabinets. | Photo by Lisa Jennings</p>',
      '<p>Show Caption</p><p>1 of 12</p><p>View gallery</p>',
      ...ENGLISH_PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`),
    ].join(''),
  });
  const article = extractArticle(page);

  it('keeps the prose, in order, and nothing else in the text', () => {
    expect(article.text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it('keeps figcaptions, caption-class elements and credit lines as caption blocks', () => {
    expect(article.blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual([
      'The new bus depot opens in March.',
      'The town hall, seen from the square.',
      'Photo: Ann Lee',
      'Firn | Getty Images',
      'Above: Council members during the vote on Tuesday.',
      'Guests pick their pastries from glass cabinets. | Photo by Lisa Jennings',
    ]);
  });

  it('drops gallery controls entirely', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/Show Caption|1 of 12|View gallery/);
  });

  it('does not take a sentence that mentions a photo for a credit', () => {
    const prose = 'Photos taken by residents show the flooded road: the water reached the first floor of some houses.';
    const text = extractArticle(articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, prose] })).text;
    expect(text).toContain(prose);
  });
});
