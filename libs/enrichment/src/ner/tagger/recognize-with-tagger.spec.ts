import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recognizeEntitiesWithTagger } from '../recognize-entities';

// The shipped weights on the reference article: the tagger finds its people and places, spans in text order.
const text = readFileSync(path.join(__dirname, '../../../fixtures/seed/article.txt'), 'utf8');

describe('recognizeEntitiesWithTagger (shipped weights)', () => {
  const spans = recognizeEntitiesWithTagger(text);

  it("finds the reference article's people and places, with offsets into the text", () => {
    const typed = spans.map((s) => `${s.type}:${s.text}`);
    expect(typed).toEqual(expect.arrayContaining(['PER:Sergei Shoigu', 'LOC:Astana']));
    expect(typed.some((t) => /^PER:.*Ashtiani$/.test(t))).toBe(true);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
});
