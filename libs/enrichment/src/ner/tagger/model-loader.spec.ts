import path from 'node:path';
import { MODEL_FILE_NAME, findModelFile, loadTaggerModel } from './model-loader';
import { tagEntities } from './tag-entities';
import { recognizeEntitiesByRules } from '../recognize-entities';

describe('committed tagger model', () => {
  it('is found from the source tree (and so from dist/, which sits under the same root)', () => {
    const file = findModelFile();
    expect(file).not.toBeNull();
    expect(path.basename(file!)).toBe(MODEL_FILE_NAME);
    expect(path.basename(path.dirname(file!))).toBe('models');
  });

  it('loads once, with two passes, word clusters and a name list', () => {
    const model = loadTaggerModel();
    expect(loadTaggerModel()).toBe(model);
    expect(model.passes).toHaveLength(2);
    expect(model.clusters.wordHashes.length).toBeGreaterThan(100000);
    expect(model.names).not.toBeNull();
    expect(model.meta).toHaveProperty('seed');
  });

  it('tags a short news text with offsets into it', () => {
    const text = 'German Chancellor Angela Merkel met executives of Siemens in Munich on Tuesday.';
    const spans = tagEntities(text, loadTaggerModel(), recognizeEntitiesByRules(text));
    const typed = spans.map((s) => `${s.type}:${s.text}`);
    expect(typed).toEqual(expect.arrayContaining(['PER:Angela Merkel', 'ORG:Siemens', 'LOC:Munich']));
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never puts a URL inside an entity', () => {
    const text = 'Read more at www.Reuters.com/World today, said John Smith.';
    const spans = tagEntities(text, loadTaggerModel(), recognizeEntitiesByRules(text));
    expect(spans.some((s) => s.text.includes('www'))).toBe(false);
  });
});
