/**
 * What the consumer role newsflow_reader may do on the real PostgreSQL after the migrations: read the published
 * tables (articles and what hangs off them, entities, places), the identity columns of sources, and nothing else —
 * no operational table, no temporary table, no write. Checked in the public schema the local stack migrates, and
 * in a throw-away schema for the way a later migration grants its tables (as the stories migration did).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrlFromEnv, runMigrations } from '@newsflow/db';
import { grantReaderSelect } from '../../libs/db/src/migrations/reader-access';
import { createThrowawaySchema } from '../support/throwaway-schema';

jest.setTimeout(60_000);

const READER = 'newsflow_reader';
const PUBLISHED = [
  'article_entities',
  'article_places',
  'article_revisions',
  'article_topics',
  'articles',
  'entities',
  'near_duplicates',
  'places',
  'stories',
  'story_articles',
];
const OPERATIONAL = [
  'fetch_log',
  'host_slots',
  'dlq_replays',
  'newsflow_migrations',
  'sources',
  'story_clusters',
  'story_clock',
];

function urlAs(user: string): string {
  const u = new URL(databaseUrlFromEnv());
  u.username = user;
  u.password = user;
  return u.toString();
}

async function connect(url: string, schema?: string): Promise<Client> {
  const client = new Client({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  return client;
}

/** The SQLSTATE a statement fails with, or 'ok'. */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

const PERMISSION_DENIED = '42501';
let reader: Client;

beforeAll(async () => {
  await runMigrations(databaseUrlFromEnv());
  reader = await connect(urlAs(READER));
});

afterAll(async () => {
  await reader?.end();
});

it('reads the published tables and no operational one', async () => {
  for (const table of PUBLISHED) {
    expect({ table, outcome: await outcome(reader, `SELECT * FROM ${table} LIMIT 1`) }).toEqual({
      table,
      outcome: 'ok',
    });
  }
  for (const table of OPERATIONAL) {
    expect({ table, outcome: await outcome(reader, `SELECT * FROM ${table} LIMIT 1`) }).toEqual({
      table,
      outcome: PERMISSION_DENIED,
    });
  }
});

it("reads of sources only the identity the API's source filter matches, never its poll state", async () => {
  expect(await outcome(reader, 'SELECT id, name, url FROM sources LIMIT 1')).toBe('ok');
  for (const column of ['etag', 'last_error', 'options', 'next_poll_at']) {
    expect({ column, outcome: await outcome(reader, `SELECT ${column} FROM sources LIMIT 1`) }).toEqual({
      column,
      outcome: PERMISSION_DENIED,
    });
  }
});

it('has exactly SELECT on the published tables and on three columns of sources in the public schema', async () => {
  const tables = await reader.query<{ table_name: string; privilege_type: string }>(
    `SELECT table_name, privilege_type FROM information_schema.role_table_grants
      WHERE grantee = $1 AND table_schema = 'public' ORDER BY table_name, privilege_type`,
    [READER],
  );
  expect(tables.rows).toEqual(PUBLISHED.map((table_name) => ({ table_name, privilege_type: 'SELECT' })));
  const columns = await reader.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.column_privileges
      WHERE grantee = $1 AND table_schema = 'public' AND table_name NOT IN (${PUBLISHED.map((t) => `'${t}'`).join()})
      ORDER BY column_name`,
    [READER],
  );
  expect(columns.rows).toEqual(['id', 'name', 'url'].map((column_name) => ({ table_name: 'sources', column_name })));
});

it('creates no temporary table and writes nothing; the writer still may create temporary tables', async () => {
  expect(await outcome(reader, 'CREATE TEMP TABLE reader_scratch (x int)')).toBe(PERMISSION_DENIED);
  expect(await outcome(reader, `DELETE FROM articles WHERE id = 'none'`)).toBe(PERMISSION_DENIED);
  expect(await outcome(reader, 'CREATE TABLE public.reader_owned (x int)')).toBe(PERMISSION_DENIED);
  const writer = await connect(databaseUrlFromEnv());
  try {
    expect(await outcome(writer, 'CREATE TEMP TABLE writer_scratch (x int)')).toBe('ok');
  } finally {
    await writer.end();
  }
});

it('sees a table a later migration creates only once that migration grants it (the stories migration’s pattern)', async () => {
  const throwaway = await createThrowawaySchema(`test_reader_${randomUUID().replace(/-/g, '').slice(0, 10)}`);
  const writer = await connect(databaseUrlFromEnv(), throwaway.schema);
  const scoped = await connect(urlAs(READER), throwaway.schema);
  try {
    await writer.query('CREATE TABLE story_digests (id text PRIMARY KEY)');
    await writer.query('CREATE TABLE story_build_state (id text PRIMARY KEY)');
    expect(await outcome(scoped, 'SELECT * FROM story_digests')).toBe(PERMISSION_DENIED);
    await writer.query(grantReaderSelect(['story_digests', 'story_digest_items']));
    expect(await outcome(scoped, 'SELECT * FROM story_digests')).toBe('ok');
    expect(await outcome(scoped, 'SELECT * FROM stories')).toBe('ok');
    expect(await outcome(scoped, 'SELECT * FROM story_clusters')).toBe(PERMISSION_DENIED);
    expect(await outcome(scoped, 'SELECT * FROM story_build_state')).toBe(PERMISSION_DENIED);
    expect(await outcome(scoped, 'SELECT * FROM articles')).toBe('ok');
    expect(await outcome(scoped, 'SELECT * FROM fetch_log')).toBe(PERMISSION_DENIED);
  } finally {
    await scoped.end();
    await writer.end();
    await throwaway.drop();
  }
});
