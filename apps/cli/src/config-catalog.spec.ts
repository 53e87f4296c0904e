import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_TABLE_END, CONFIG_TABLE_START, configCatalog, renderConfigTable } from './config-catalog';

describe('configuration catalog', () => {
  it("is the README's configuration table (regenerate: npm run -s newsflow -- config --markdown)", () => {
    const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const start = readme.indexOf(CONFIG_TABLE_START);
    const end = readme.indexOf(CONFIG_TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + CONFIG_TABLE_START.length, end).trim()).toBe(renderConfigTable());
  });

  it('names every variable once, with who reads it, and marks secrets and what a deployment must set', () => {
    const entries = configCatalog();
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('HTTP_PORT')).toMatchObject({ defaults: ['9464', '3000'] });
    expect(byName.get('DATABASE_URL')).toMatchObject({
      secret: true,
      required: true,
      readers: ['fetcher', 'indexer', 'cli'],
    });
    expect(byName.get('API_DATABASE_URL')).toMatchObject({ secret: true, required: true, readers: ['api'] });
    expect(byName.get('LOG_LEVEL')?.readers).toEqual(['fetcher', 'parser', 'enricher', 'indexer', 'api']);
    for (const name of ['FETCHER_POLL_EVERY_MS', 'STAGE_FLUSH_EVERY', 'NEWSFLOW_STACK_DIR', 'API_KEYS_FILE'])
      expect(names).toContain(name);
  });
});
