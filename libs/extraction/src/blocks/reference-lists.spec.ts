import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';
import { isCitation } from './reference-lists';

const CITATIONS = [
  'Marsh T, Olsen K, et al. Night buses and shift workers: a survey. J Urban Transp. 2019;12:101–110. doi: 10.1000/jut.2019.12',
  'Okafor B. Fare policy in mid-sized cities. Transport Rev. 2021;41(3):220–241. [PubMed] [Google Scholar]',
  'Lindqvist A, Brandt P. Tram platforms and accessibility. Urban Stud. 2018;55:77–95.',
];

describe('reference lists', () => {
  it('drops a bibliography after the text, heading included', () => {
    const refs = `<h2>References</h2><ol>${CITATIONS.map((c) => `<li>${c}</li>`).join('')}</ol>`;
    const page = articlePage({ afterParagraphs: refs });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it('keeps a references section that is not made of citations', () => {
    const section =
      '<h2>References</h2><p>Readers asked where the figures come from: the council publishes them every month ' +
      'on its website, and the transport authority answers questions by phone.</p>';
    const page = articlePage({ afterParagraphs: section });
    expect(extractArticle(page).text).toContain('Readers asked where the figures come from');
  });

  it('tells citations from story sentences with a year', () => {
    expect(CITATIONS.every(isCitation)).toBe(true);
    expect(isCitation('The tram line opened in 2019 and carries 40,000 riders a day.')).toBe(false);
  });
});
