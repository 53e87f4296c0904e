import { extractArticle } from '../extract-article';
import { ENGLISH_PARAGRAPHS, articlePage } from '../test-support/article-page';
import { stripEncodedMarkup } from './encoded-markup';

describe('entity-encoded markup', () => {
  it('removes tags that were escaped into the text, once or twice', () => {
    const page = articlePage({
      paragraphs: [
        '&lt;p class="lead"&gt;The council met on Tuesday.&lt;/p&gt;&lt;p&gt;It approved the plan.&lt;/p&gt;',
        '&amp;lt;strong&amp;gt;Update:&amp;lt;/strong&amp;gt; the vote was unanimous.',
        ...ENGLISH_PARAGRAPHS,
      ],
    });
    const text = extractArticle(page).text;
    expect(text).not.toMatch(/<\/?(p|strong)\b|&lt;/);
    expect(text).toContain('The council met on Tuesday.');
    expect(text).toContain('It approved the plan.');
    expect(text).toContain('Update: the vote was unanimous.');
  });

  it('keeps tags written as the subject of a sentence or inside code', () => {
    const prose = 'Early sites were held together with &lt;br&gt; tags and good intentions, the author recalls.';
    const code = 'Want red text? <code>&lt;font color="red"&gt;Hello&lt;/font&gt;</code> was the answer then.';
    const text = extractArticle(articlePage({ paragraphs: [...ENGLISH_PARAGRAPHS, prose, code] })).text;
    expect(text).toContain('held together with <br> tags');
    expect(text).toContain('<font color="red">Hello</font> was the answer');
  });

  it('drops escaped script bodies with their tags', () => {
    expect(stripEncodedMarkup('Before <script type="text/javascript">var x = 1;</script> after')).toBe(
      'Before   after',
    );
  });
});
