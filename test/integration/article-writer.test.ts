/**
 * The write path's cheaper storage on the real PostgreSQL: a revision's text kept only once superseded, concurrent
 * writers inserting the same new articles, stray NULs, and the search vector's lead window.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { indexArticles, parseArticleQuery, searchArticles } from '@newsflow/db';
import { BODY_LEAD_CHARS } from '../../libs/db/src/migrations/1765200000000-search-names';
import { renderReferenceArticlePage } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { createThrowawaySchema } from '../support/throwaway-schema';

jest.setTimeout(60_000);

const run = randomUUID().replace(/-/g, '').slice(0, 10);
const base = `http://writer-test-${run}.example`;
let throwaway: Awaited<ReturnType<typeof createThrowawaySchema>>;
let ds: DataSource;
let page: string;

beforeAll(async () => {
  throwaway = await createThrowawaySchema(`test_writer_${run}`);
  ds = await throwaway.open({ poolSize: 6 });
  page = renderReferenceArticlePage({ baseUrl: base });
});

afterAll(async () => {
  await ds?.destroy();
  await throwaway?.drop();
});

/** The reference article at its own URL, with its own body (and a fingerprint no other test article shares). */
function article(path: string, text?: string, fingerprint?: string): EnrichedArticleV1 {
  const msg = enrichedArticleFor(page, `${base}${path}`);
  return {
    ...msg,
    article: { ...msg.article, text: text ?? msg.article.text },
    enrichment: { ...msg.enrichment, fingerprint: fingerprint ?? msg.enrichment.fingerprint },
  };
}

const uniqueFingerprint = () => randomUUID().replace(/-/g, '').slice(0, 16);
const revisions = (id: string) =>
  ds.query(`SELECT revision, text FROM article_revisions WHERE article_id = $1 ORDER BY revision`, [id]) as Promise<
    { revision: number; text: string | null }[]
  >;

it('stores a body once: the current revision has no text, a superseded one keeps the text it had', async () => {
  const first = article('/revised', undefined, uniqueFingerprint());
  await indexArticles(ds, [{ message: first, traceId: null }]);
  expect(await revisions(first.articleId)).toEqual([{ revision: 1, text: null }]);

  const second = { ...first, article: { ...first.article, text: `${first.article.text}\n\nA second edition.` } };
  const r = await indexArticles(ds, [{ message: second, traceId: null }]);
  expect(r.get(first.articleId)).toMatchObject({ event: 'updated', revision: 2 });
  expect(await revisions(first.articleId)).toEqual([
    { revision: 1, text: first.article.text },
    { revision: 2, text: null },
  ]);
  const [{ text }] = await ds.query(`SELECT text FROM articles WHERE id = $1`, [first.articleId]);
  expect(text).toBe(second.article.text);
});

it('concurrent batches inserting the same new articles store each once, with one revision and no error', async () => {
  const messages = Array.from({ length: 6 }, (_, i) => article(`/race/${i}`, undefined, uniqueFingerprint()));
  const batches = [messages, [...messages].reverse(), messages.slice(2), messages.slice(0, 4)];
  const results = await Promise.all(
    batches.map((b) =>
      indexArticles(
        ds,
        b.map((message) => ({ message, traceId: null })),
      ),
    ),
  );
  for (const m of messages) {
    const events = results.map((r) => r.get(m.articleId)?.event).filter(Boolean);
    expect(events.filter((e) => e === 'created')).toHaveLength(1);
    expect(events.filter((e) => e !== 'created').every((e) => e === 'unchanged')).toBe(true);
    expect(await revisions(m.articleId)).toEqual([{ revision: 1, text: null }]);
  }
});

it('concurrent updates of one article each get their own revision, none lost', async () => {
  const original = article('/edits', undefined, uniqueFingerprint());
  await indexArticles(ds, [{ message: original, traceId: null }]);
  const edits = [1, 2, 3].map((k) => ({
    ...original,
    article: { ...original.article, text: `${original.article.text}\n\nEdit ${k}.` },
  }));
  await Promise.all(edits.map((message) => indexArticles(ds, [{ message, traceId: null }])));
  const stored = await revisions(original.articleId);
  expect(stored.map((s) => s.revision)).toEqual([1, 2, 3, 4]);
  // Every superseded state kept its own text; the current one lives in the article.
  expect(stored.slice(0, 3).every((s) => s.text !== null)).toBe(true);
  expect(new Set(stored.map((s) => s.text)).size).toBe(4);
  expect(stored[3].text).toBeNull();
});

it('concurrent writers storing two near-duplicates link one to the other, never both as originals', async () => {
  // One bit apart: the same story reached through two URLs, written by two writers (indexer replicas, or two
  // partitions of one) at the same moment, each in its own transaction.
  const pairs = Array.from({ length: 8 }, (_, i) => {
    const fingerprint = uniqueFingerprint();
    const flipped = (parseInt(fingerprint.slice(-1), 16) ^ 1).toString(16);
    return [
      article(`/story/${i}/a`, undefined, fingerprint),
      article(`/story/${i}/b`, undefined, `${fingerprint.slice(0, -1)}${flipped}`),
    ];
  });
  const results = await Promise.all(
    pairs
      .flat()
      .map((message) => indexArticles(ds, [{ message, traceId: null }]).then((r) => r.get(message.articleId)!)),
  );
  for (let i = 0; i < pairs.length; i++) {
    const [a, b] = [results[2 * i], results[2 * i + 1]];
    expect([a.event, b.event].sort()).toEqual(['created', 'duplicate']);
    const [original, copy] = a.event === 'created' ? [a, b] : [b, a];
    expect(copy.duplicateOf).toBe(original.articleId);
  }
});

it('stores a body with a stray NUL without it', async () => {
  const msg = article('/nul', `Before\u0000after. ${'Words of the body. '.repeat(30)}`, uniqueFingerprint());
  msg.article.title = 'Title\u0000with NUL';
  const r = await indexArticles(ds, [{ message: msg, traceId: null }]);
  expect(r.get(msg.articleId)!.event).toBe('created');
  const [row] = await ds.query(`SELECT title, text FROM articles WHERE id = $1`, [msg.articleId]);
  expect(row.title).toBe('Titlewith NUL');
  expect(row.text.startsWith('Beforeafter.')).toBe(true);
});

it('indexes the lead of the body ("lead window") and the names found anywhere, title and description in full', async () => {
  const filler = 'The committee discussed routine budget matters at length. ';
  const lead = `Quarterly harbour figures from Zeebrugge. ${filler.repeat(Math.ceil(BODY_LEAD_CHARS / filler.length))}`;
  const body = `${lead} Finally a word on Vlissingen from Maarten Verbrugge.`;
  const msg = article('/lead', body, uniqueFingerprint());
  msg.article.title = `Ostend harbourmasters report: ${msg.article.title}`;
  const start = body.indexOf('Maarten');
  msg.enrichment.entities = [
    ...msg.enrichment.entities,
    {
      id: 'PER:maarten-verbrugge',
      type: 'PER',
      name: 'Maarten Verbrugge',
      aliases: ['Verbrugge'],
      mentions: [{ start, end: start + 'Maarten Verbrugge'.length, text: 'Maarten Verbrugge' }],
    },
  ];
  await indexArticles(ds, [{ message: msg, traceId: null }]);
  const find = async (q: string) => (await searchArticles(ds, parseArticleQuery({ q }))).items.map((a) => a.id);
  expect(await find('Zeebrugge')).toEqual([msg.articleId]);
  // Past the lead: a plain word is not indexed, a name the enricher found is.
  expect(await find('Vlissingen')).toEqual([]);
  expect(await find('Maarten Verbrugge')).toEqual([msg.articleId]);
  expect(await find('harbourmasters')).toEqual([msg.articleId]);
});

it('stores an article whose source was deleted while it was in flight with no source, beside one whose source lives', async () => {
  const [{ id: kept }] = await ds.query(`INSERT INTO sources (kind, url) VALUES ('feed', $1) RETURNING id`, [
    `${base}/kept.xml`,
  ]);
  const [{ id: removed }] = await ds.query(`INSERT INTO sources (kind, url) VALUES ('feed', $1) RETURNING id`, [
    `${base}/removed.xml`,
  ]);
  const orphan = { ...article('/orphan', undefined, uniqueFingerprint()), sourceId: removed as string };
  const sibling = { ...article('/sibling', undefined, uniqueFingerprint()), sourceId: kept as string };
  await ds.query(`DELETE FROM sources WHERE id = $1`, [removed]);

  const r = await indexArticles(ds, [
    { message: orphan, traceId: null },
    { message: sibling, traceId: null },
  ]);
  expect(r.get(orphan.articleId)?.event).toBe('created');
  expect(r.get(sibling.articleId)?.event).toBe('created');
  const rows: { id: string; source_id: string | null }[] = await ds.query(
    `SELECT id, source_id FROM articles WHERE id = ANY($1) ORDER BY url`,
    [[orphan.articleId, sibling.articleId]],
  );
  expect(Object.fromEntries(rows.map((row) => [row.id.trim(), row.source_id]))).toEqual({
    [orphan.articleId]: null,
    [sibling.articleId]: kept,
  });
});

it('a source deleted while a batch holds it waits for the batch, then leaves its new articles with no source', async () => {
  const [{ id: source }] = await ds.query(`INSERT INTO sources (kind, url) VALUES ('feed', $1) RETURNING id`, [
    `${base}/racing.xml`,
  ]);
  const message = { ...article('/racing', undefined, uniqueFingerprint()), sourceId: source as string };
  let deleted: Promise<unknown> | undefined;
  await indexArticles(ds, [{ message, traceId: null }], {
    // Runs inside the batch's transaction, after the article row is written: a delete now must wait for the commit.
    run: async () => {
      deleted = ds.query(`DELETE FROM sources WHERE id = $1`, [source]);
      const waiting = await Promise.race([deleted.then(() => 'done'), sleep(300).then(() => 'waiting')]);
      expect(waiting).toBe('waiting');
      return () => undefined;
    },
  });
  await deleted;
  const [{ source_id }] = await ds.query(`SELECT source_id FROM articles WHERE id = $1`, [message.articleId]);
  expect(source_id).toBeNull();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
