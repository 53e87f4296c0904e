import { SNIPPET_START, SNIPPET_STOP, snippetToHtml } from './article-queries-snippet';

const mark = (s: string) => `${SNIPPET_START}${s}${SNIPPET_STOP}`;

describe('snippetToHtml', () => {
  it('turns the markers into <mark> tags and flattens whitespace', () => {
    expect(snippetToHtml(`met ${mark('Shoigu')} in\n\n${mark('Astana')} …`)).toBe(
      'met <mark>Shoigu</mark> in <mark>Astana</mark> …',
    );
  });

  it('escapes the article text, so markup in it cannot reach the page', () => {
    expect(snippetToHtml(`<script>alert("x")</script> & ${mark("O'Neil")}`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>O&#39;Neil</mark>',
    );
  });

  it('never leaves a tag open or a stray marker', () => {
    expect(snippetToHtml(`${SNIPPET_START}cut`)).toBe('<mark>cut</mark>');
    expect(snippetToHtml(`a${SNIPPET_STOP}b`)).toBe('ab');
  });
});
