import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

describe('wrapped sentences', () => {
  it('keeps a short sentence with a link when a wrapper div holds only that paragraph', () => {
    const sentence = 'If you spot an error in the budget figures, please <a href="/contact">write to the desk</a>.';
    const page = articlePage({
      afterParagraphs: `<div class="paragraph"><p>${sentence}</p></div>`,
    });
    expect(extractArticle(page).text).toContain(
      'If you spot an error in the budget figures, please write to the desk.',
    );
  });

  it('still drops a wrapper whose paragraphs are bare links', () => {
    const page = articlePage({
      afterParagraphs:
        '<div class="more"><p><a href="/a">Ferry timetable approved after long talks</a></p>' +
        '<p><a href="/b">Teachers honoured at the regional awards</a></p></div>',
    });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });
});
