import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';

const byline = '<p class="byline">By Maria Santos</p>';

describe('furniture inside the article container', () => {
  it('drops tag and category strips', () => {
    const page = articlePage({
      articleHeader: '<p>Article Tags:</p>',
      afterParagraphs: '<p>Tags: Budget, Transport, City Council</p><p>Filed under: Local politics</p>',
    });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it('drops newsletter sign-up lines anywhere and appeals after the story', () => {
    const page = articlePage({
      paragraphs: [
        'Was this newsletter forwarded to you? Sign up to get it in your inbox.',
        ...ENGLISH_PARAGRAPHS,
        'Since you made it to the bottom of this article, we have a small favor to ask.',
        'If you believe stories like this matter, please consider pitching in what you can.',
      ],
    });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it('keeps a sentence about a newsletter inside the story', () => {
    const prose =
      'The council also plans a monthly newsletter for residents, the mayor said, to explain where the money goes.';
    const page = articlePage({ paragraphs: [ENGLISH_PARAGRAPHS[0], prose, ...ENGLISH_PARAGRAPHS.slice(1)] });
    expect(extractArticle(page).text).toContain(prose);
  });

  it("drops the author's bio box at the end but keeps the story's mentions of the author", () => {
    const page = articlePage({
      articleHeader: byline,
      paragraphs: [
        ...ENGLISH_PARAGRAPHS,
        'Maria Santos',
        'Senior reporter',
        'Maria Santos covers city hall and transport for the Example Times. She joined the paper in 2019.',
      ],
    });
    const article = extractArticle(page);
    expect(article.authors).toEqual(['Maria Santos']);
    expect(article.text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it('drops runs of truncated teaser excerpts, not a single sentence ending in an ellipsis', () => {
    const teasers = [
      'THE SALVATION ARMY continued its long-standing tradition of community outreach with the distribution...',
      'TWO SENIOR POLICE officers who listened to a voice note said the recording was genuine and that the…',
    ];
    const trailing = 'She paused, then added that the vote was only the beginning...';
    const page = articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, trailing, ...teasers] });
    const text = extractArticle(page).text;
    expect(text).toContain(trailing);
    for (const teaser of teasers) expect(text).not.toContain(teaser);
  });
});

describe('appeals after the story', () => {
  it('drops an appeal box with its heading, and invitations to comment', () => {
    const page = articlePage({
      afterParagraphs:
        '<h3>Since you made it to the bottom of this article, we have a small favor to ask.</h3>' +
        '<p>Our year-end fundraising campaign is on, and every gift keeps this reporting free.</p>' +
        '<p>What do you think? How does your town pay for its buses? Tell us about it.</p>' +
        '<p>Or you can always join in the conversation by commenting below.</p>',
    });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });

  it('drops the heading of an appeal box even when a line of the box stays', () => {
    const kept = 'Gifts of any size are welcome at the office on Harbour Street.';
    const page = articlePage({
      afterParagraphs: `<h3>Since you made it to the bottom of this article, we have a small favor to ask.</h3><p>${kept}</p>`,
    });
    const text = extractArticle(page).text;
    expect(text).not.toContain('small favor to ask');
    expect(text).toContain(ENGLISH_PARAGRAPHS[4]);
  });

  it('keeps a story sentence about a fundraising campaign before the tail', () => {
    const prose = 'The fundraising campaign for the new tram line raised four million euros, the council said.';
    const page = articlePage({ paragraphs: [ENGLISH_PARAGRAPHS[0], prose, ...ENGLISH_PARAGRAPHS.slice(1)] });
    expect(extractArticle(page).text).toContain(prose);
  });
});

/** A story long enough that its last blocks are past the top and past 60% of the body. */
const LONG_STORY = [
  ...ENGLISH_PARAGRAPHS,
  'Transport officials said the extra buses would run every ten minutes at peak hours on the busiest lines.',
  'Shop owners on the high street welcomed the plan, although several asked for more parking near the market.',
  'A cycling group said the budget did too little for bike lanes and promised to raise the issue again in spring.',
  'The council will publish quarterly reports on how the money is spent, starting with the first one in April.',
  'Residents can read the full budget document in the town hall library or download it from the council website.',
];

describe('boxes and strips at the very end', () => {
  it('drops the longer body of an appeal box after its first appeal line', () => {
    const box =
      'The Example Times is a non-profit newsroom kept alive by reader donations: no ads, no paywall, only the ' +
      'generosity of readers like you. It is a model we believe in, but it only works if enough of you chip in, ' +
      'so if you can, please give what you can this month. Every gift, large or small, goes straight to our ' +
      'reporting on the council, the schools and the harbour, and to the training of young reporters.';
    const page = articlePage({
      paragraphs: [...LONG_STORY, 'Enjoyed this piece? We need your help to keep publishing.', box],
    });
    expect(extractArticle(page).text).toBe(LONG_STORY.join('\n\n'));
  });

  it('keeps a long paragraph about donations that no appeal line introduces', () => {
    const prose =
      'Donations to the harbour fund rose sharply after the storm, the treasurer said, and the council ' +
      'matched every gift up to a total of two million euros, which paid for the new sea wall, the repairs ' +
      'to the ferry pier and the emergency shelter that opened in the old school gym over the winter months, ' +
      'while the rest of the money will go to the flood barriers planned for the river mouth next year.';
    const page = articlePage({ paragraphs: [...LONG_STORY, prose] });
    expect(extractArticle(page).text).toContain(prose);
  });

  it("drops a blogger's greeting bio among the last blocks", () => {
    const page = articlePage({
      paragraphs: [...LONG_STORY, "Hey, I'm Jessica! Welcome to the Tidy Desk, where organising is made simple."],
    });
    expect(extractArticle(page).text).toBe(LONG_STORY.join('\n\n'));
  });

  it('drops a run of three or more label lines ending the body, not two short lines or a closing sentence', () => {
    const facets = articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, 'Medium', 'Theme', 'Genre', 'Tags'] });
    expect(extractArticle(facets).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
    const signOff = articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, 'Bus routes', 'Tram lines', 'See you soon.'] });
    expect(extractArticle(signOff).text).toContain('Tram lines');
    const two = articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, 'Bus routes', 'Tram lines'] });
    expect(extractArticle(two).text).toContain('Tram lines');
  });
});

describe('teaser cards after the story', () => {
  it('drops truncated excerpts with card labels (kicker, author, date) between them', () => {
    const card = (excerpt: string) => ['Front Page', 'Webmaster', 'December 19, 2025', excerpt];
    const excerpts = [
      'THE HARBOUR BOARD approved the new ferry timetable on Tuesday after months of talks with the unions and the ci...',
      'TWO LOCAL TEACHERS were honoured at the regional awards for their work with pupils who had fallen behind duri…',
    ];
    const page = articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, ...excerpts.flatMap(card)] });
    const text = extractArticle(page).text;
    for (const excerpt of excerpts) expect(text).not.toContain(excerpt);
    expect(text).toContain(ENGLISH_PARAGRAPHS[ENGLISH_PARAGRAPHS.length - 1]);
  });

  it('keeps an ellipsis sentence whose only other cut sentence is far away, past real paragraphs', () => {
    const first = 'The mayor began to answer, stopped, and said only that the matter was under review by the board...';
    const second = 'Asked again at the end of the meeting, she repeated that the board would decide in good time...';
    const page = articlePage({ paragraphs: [ENGLISH_PARAGRAPHS[0], first, ...ENGLISH_PARAGRAPHS.slice(1), second] });
    const text = extractArticle(page).text;
    expect(text).toContain(first);
    expect(text).toContain(second);
  });
});

describe('contact strips after the story', () => {
  it('drops address and contact lines at the end, not a story sentence that quotes a hotline', () => {
    const hotline = 'Residents can call the council hotline at 555-010-2030 to report a missed bus, the mayor said.';
    const page = articlePage({
      paragraphs: [
        ENGLISH_PARAGRAPHS[0],
        hotline,
        ...ENGLISH_PARAGRAPHS.slice(1),
        'Contact staff writer Maria Santos at 555-010-4477 or maria@example.org.',
        'Phone: +44 20 7946 0000',
        'Address: 1 Harbour Street, Example Town',
      ],
    });
    expect(extractArticle(page).text).toBe(
      [ENGLISH_PARAGRAPHS[0], hotline, ...ENGLISH_PARAGRAPHS.slice(1)].join('\n\n'),
    );
  });
});

describe('lone dates without a four-digit year', () => {
  it('drops "Sep 16", "16 Sep" and "14.11.24" lines but keeps a short line that only starts with a month', () => {
    const page = articlePage({
      articleHeader: '<p>Sep 16</p><p>16 Sep</p><p>14.11.24</p>',
      afterParagraphs: '<p>May 4 be with you</p>',
    });
    expect(extractArticle(page).text).toBe([...ENGLISH_PARAGRAPHS, 'May 4 be with you'].join('\n\n'));
  });
});

describe('article content that furniture rules must not take', () => {
  it('keeps headings whose class contains "header"', () => {
    const page = articlePage({
      afterParagraphs: `<h2 class="header-anchor-post">What happens next</h2><p>${ENGLISH_PARAGRAPHS[0]} Again.</p>`,
    });
    expect(extractArticle(page).blocks).toContainEqual({ kind: 'heading', text: 'What happens next', level: 2 });
  });

  it('keeps a table wrapped in a figure, with its caption as a caption block', () => {
    const page = articlePage({
      afterParagraphs:
        '<figure class="wp-block-table"><table><tbody><tr><td>Pros</td><td>Cons</td></tr><tr><td>Cheaper passes</td><td>Fewer night buses</td></tr></tbody></table><figcaption>What changes</figcaption></figure>',
    });
    const blocks = extractArticle(page).blocks;
    expect(blocks).toContainEqual({ kind: 'table', text: 'Pros | Cons\nCheaper passes | Fewer night buses' });
    expect(blocks).toContainEqual({ kind: 'caption', text: 'What changes' });
  });

  it('keeps a list of links that the story goes on to discuss, and drops one at the end', () => {
    const links = ['Add support for packed structs', 'Fix volatile loads and stores', 'Allow casts between integers']
      .map((t, i) => `<li><a href="/patch/${i}">${t}</a></li>`)
      .join('');
    const inline = articlePage({
      paragraphs: ENGLISH_PARAGRAPHS.slice(0, 2),
      afterParagraphs: `<ul>${links}</ul>${ENGLISH_PARAGRAPHS.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    });
    expect(extractArticle(inline).text).toContain('Fix volatile loads and stores');
    const trailing = articlePage({ afterParagraphs: `<ul>${links}</ul>` });
    expect(extractArticle(trailing).text).not.toContain('Fix volatile loads and stores');
    // the same inside a wrapper that holds only the list (AsciiDoc's div.ulist)
    const wrapped = articlePage({
      paragraphs: ENGLISH_PARAGRAPHS.slice(0, 2),
      afterParagraphs: `<div class="ulist"><ul>${links}</ul></div>${ENGLISH_PARAGRAPHS.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    });
    expect(extractArticle(wrapped).text).toContain('Fix volatile loads and stores');
  });

  it('numbers ordered-list items as they are rendered, keeping numbers the items already have', () => {
    const page = articlePage({
      afterParagraphs:
        '<ol><li>Find the sign</li><li>Split there</li></ol><ol start="3"><li>Trim both sides</li></ol><ol><li>1) Already numbered</li></ol>',
    });
    const lists = extractArticle(page).blocks.filter((b) => b.kind === 'list');
    expect(lists.map((b) => b.items)).toEqual([
      ['1. Find the sign', '2. Split there'],
      ['3. Trim both sides'],
      ['1) Already numbered'],
    ]);
  });
});
