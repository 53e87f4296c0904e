import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

const linkList = (items: string[]): string =>
  `<ul>${items.map((item, i) => `<li><a href="/doc/${i}">${item}</a></li>`).join('')}</ul>`;

const PROPOSALS = [
  'Extend the night bus network to the harbour district',
  'Replace the ticket machines at the central station',
  'Publish monthly punctuality figures for every line',
  'Add a second tram platform at the university stop',
];

describe('introduced lists', () => {
  it('keeps a link list that a sentence of the story announces with a colon, even as the last block', () => {
    const page = articlePage({
      paragraphs: [...ENGLISH_PARAGRAPHS, 'The transport committee sent four proposals to the council for review:'],
      afterParagraphs: linkList(PROPOSALS),
    });
    const article = extractArticle(page);
    const list = article.blocks.find((b) => b.kind === 'list');
    expect(list?.items).toEqual(PROPOSALS);
  });

  it('keeps such a list inside a section wrapper that is mostly links', () => {
    const section = `<div class="sect1"><h2>Proposals</h2><div class="sectionbody">
      <div class="paragraph"><p>These proposals were sent for review this week:</p></div>
      <div class="ulist">${linkList(PROPOSALS)}</div></div></div>`;
    const page = articlePage({ afterParagraphs: section });
    expect(extractArticle(page).text).toContain(PROPOSALS[3]);
  });

  it('still drops a link rail announced by a label', () => {
    const rail = linkList([
      'Council approves harbour ferry timetable',
      'Teachers honoured at the regional awards',
      'New library opens in the old town hall',
    ]);
    const page = articlePage({ afterParagraphs: `<p>You might also like:</p>${rail}` });
    const text = extractArticle(page).text;
    expect(text).not.toContain('Council approves harbour ferry timetable');
    expect(text).toContain(ENGLISH_PARAGRAPHS[4]);
  });
});
