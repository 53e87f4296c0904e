import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';
import { parseHtml } from './parse-html';
import { normalizedText } from './traverse';

const LEAD = 'An index of bus lines tracks every route in the city, so riders can compare them at a glance.';

describe('streamed React segments', () => {
  it('puts a hidden S:x segment where its P:x placeholder is', () => {
    const { root } = parseHtml(
      '<body><main><p>one</p><template id="P:1f"></template><p>three</p></main>' +
        '<div hidden id="S:1f"><p>two</p></div></body>',
    );
    expect(normalizedText(root)).toBe('onetwothree');
  });

  it("reads the article's streamed lead paragraph in its place", () => {
    const page = articlePage({
      paragraphs: [],
      afterParagraphs: `<template id="P:a"></template>${ENGLISH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`,
      afterArticle: `<div hidden id="S:a"><p>${LEAD}</p></div>`,
    });
    expect(extractArticle(page).text).toBe([LEAD, ...ENGLISH_PARAGRAPHS].join('\n\n'));
  });

  it('keeps other hidden elements out, and a segment inside its own placeholder cannot loop', () => {
    const { root } = parseHtml('<body><div hidden id="S:2"><template id="P:2"></template><p>x</p></div></body>');
    expect(normalizedText(root)).toBe('x');
    const page = articlePage({
      afterParagraphs: '<div hidden><p>A hidden draft paragraph that nobody sees.</p></div>',
    });
    expect(extractArticle(page).text).toBe(ENGLISH_PARAGRAPHS.join('\n\n'));
  });
});
