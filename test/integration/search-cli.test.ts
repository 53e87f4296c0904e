/**
 * `newsflow search` on the real PostgreSQL (DATABASE_URL, the shared public schema): an article with a word of its
 * own is indexed, then found by the command, which prints one JSON line per hit.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, databaseUrlFromEnv, indexArticles, runMigrations } from '@newsflow/db';
import { renderReferenceArticlePage } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { UsageError } from '../../apps/cli/src/command';
import { command } from '../../apps/cli/src/commands/search';

jest.setTimeout(60_000);

const run = randomUUID().replace(/-/g, '').slice(0, 12);
// A made-up word only this run's article contains, so the search finds exactly it in the shared database.
const word = `zq${run.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;
const base = `http://search-cli-${run}.example`;
let ds: DataSource;

beforeAll(async () => {
  await runMigrations(databaseUrlFromEnv());
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 1 });
  await ds.initialize();
});

afterAll(() => ds?.destroy());

async function runSearch(args: string[]): Promise<{ code: number; lines: Record<string, unknown>[] }> {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await command.run(args);
    return {
      code,
      lines: out
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

it('prints one JSON line per hit with id, url, title, publishedAt, rank and snippet', async () => {
  const msg = enrichedArticleFor(renderReferenceArticlePage({ baseUrl: base }), `${base}/Detail/2024/04/26/cli`);
  const article = { ...msg.article, text: `${msg.article.text}\n\nThe envoy's codename was ${word}.` };
  await indexArticles(ds, [{ message: { ...msg, article }, traceId: null }]);

  const { code, lines } = await runSearch([word, 'Shoigu', '--limit', '5', '--language', 'en']);
  expect(code).toBe(0);
  expect(lines).toHaveLength(1);
  expect(Object.keys(lines[0]).sort()).toEqual(['id', 'publishedAt', 'rank', 'snippet', 'title', 'url']);
  expect(lines[0]).toMatchObject({ id: msg.articleId, url: msg.url, title: msg.article.title });
  expect(lines[0].snippet).toContain(`<mark>${word}</mark>`);
  expect(lines[0].rank).toBeGreaterThan(0);

  expect((await runSearch([word, '--language', 'de'])).lines).toEqual([]);
});

it('rejects bad options as usage errors', async () => {
  await expect(command.run([])).rejects.toBeInstanceOf(UsageError);
  await expect(command.run(['x', '--limit', '0'])).rejects.toThrow(/--limit="0": expected an integer from 1 to 100/);
  await expect(command.run(['x', '--limit'])).rejects.toThrow(/--limit needs a value/);
  await expect(command.run(['x', '--sort', 'date'])).rejects.toThrow(/unknown option --sort/);
});
