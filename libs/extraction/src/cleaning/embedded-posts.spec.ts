import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

describe('embedded social posts', () => {
  const tweet = `<blockquote class="twitter-tweet"><p lang="en">The new bus routes start on Monday. Here is the map: <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; City Transit (@citytransit) <a href="https://twitter.com/citytransit/status/1">March 3, 2024</a></blockquote>`;
  const instagram = `<div class="social-embed"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><p><a href="https://www.instagram.com/p/x/">Opening day at the new depot, with the first electric buses.</a></p></div></blockquote></div>`;

  it('keeps the text of embedded posts as quotes, in place', () => {
    const page = articlePage({
      paragraphs: ENGLISH_PARAGRAPHS.slice(0, 3),
      afterParagraphs:
        tweet +
        instagram +
        ENGLISH_PARAGRAPHS.slice(3)
          .map((p) => `<p>${p}</p>`)
          .join(''),
    });
    const blocks = extractArticle(page).blocks;
    const quotes = blocks.filter((b) => b.kind === 'quote').map((b) => b.text);
    expect(quotes[0]).toContain('The new bus routes start on Monday.');
    expect(quotes[1]).toContain('Opening day at the new depot');
    const texts = blocks.map((b) => b.text);
    expect(texts.indexOf(quotes[0])).toBe(3);
    expect(texts[texts.length - 1]).toBe(ENGLISH_PARAGRAPHS[4]);
  });

  it('still drops share bars and social widgets that are not posts', () => {
    const page = articlePage({
      afterParagraphs: '<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>',
    });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });
});
