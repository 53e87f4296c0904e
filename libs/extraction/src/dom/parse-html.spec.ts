import { parseHtml } from './parse-html';
import { ElementNode } from './node';
import { findAll, normalizedText, textContent } from './traverse';

const tags = (root: ElementNode, tag: string): ElementNode[] => findAll(root, (el) => el.tag === tag);

describe('parseHtml', () => {
  it('builds the tree with attributes, decoded entities and implied end tags', () => {
    const { root } = parseHtml('<div class="a&amp;b" ID=x><p>one<p>two &copy; <b>bold</b><ul><li>a<li>b</ul></div>');
    const div = tags(root, 'div')[0];
    expect(div.attrs).toEqual({ class: 'a&b', id: 'x' });
    expect(tags(root, 'p').map((p) => normalizedText(p))).toEqual(['one', 'two © bold']);
    expect(tags(root, 'li').map((li) => textContent(li))).toEqual(['a', 'b']);
    // the <ul> closed the second <p>, so it is a child of the div
    expect(tags(root, 'ul')[0].parent).toBe(div);
  });

  it('keeps a space that is the whole content of an inline element (highlighted code)', () => {
    const { root } = parseHtml(
      '<pre><span></span>sudo<span class="w"> </span>ufw<span class="w"> </span>enable</pre><div>\n  <p>x</p></div>',
    );
    expect(textContent(tags(root, 'pre')[0])).toBe('sudo ufw enable');
    // whitespace opening a block is still dropped
    expect(tags(root, 'div')[0].children.map((c) => c.kind)).toEqual(['element']);
  });

  it('keeps inline data scripts (Next.js state) aside, not other scripts', () => {
    const { dataScripts } = parseHtml(
      '<script>console.log(1)</script><script id="__NEXT_DATA__" type="application/json">{"a":1}</script><script>window.__STATE__ = {"b":2}</script><script src="/x.js"></script>',
    );
    expect(dataScripts).toEqual(['{"a":1}', 'window.__STATE__ = {"b":2}']);
  });

  it('drops scripts and styles but keeps JSON-LD aside', () => {
    const { root, jsonLdScripts } = parseHtml(
      '<head><script>var x = "<p>no</p>";</script><style>p{}</style><script type="application/ld+json">{"@type":"Article"}</script></head><body><p>yes</p></body>',
    );
    expect(normalizedText(root)).toBe('yes');
    expect(jsonLdScripts).toEqual(['{"@type":"Article"}']);
  });

  it('ends unclosed skipped content at the close of an enclosing element', () => {
    const { root } = parseHtml('<div><select><option>FRA<option>ITA</div><p>article text</p>');
    expect(normalizedText(root)).toBe('article text');
  });

  it('flattens nesting beyond the depth limit and survives stray close tags', () => {
    const deep = '<div>'.repeat(3000) + '<p>deep text</p>' + '</div>'.repeat(3000) + '</span></table></p><p>after</p>';
    const { root, truncatedDepth } = parseHtml(deep);
    expect(truncatedDepth).toBe(true);
    // beyond the limit elements are flattened: their text lands in the deepest kept element
    expect(textContent(root)).toContain('deep text');
    expect(tags(root, 'p').map((p) => textContent(p))).toEqual(['after']);
  });

  it('reads </br> as a line break and ignores comments', () => {
    const { root } = parseHtml('<p>a</br>b<!-- <p>hidden</p> --></p>');
    expect(tags(root, 'br')).toHaveLength(1);
    expect(textContent(root)).toBe('ab');
  });
});
