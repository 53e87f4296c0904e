/**
 * `newsflow ingest` as an operator runs it (the compiled CLI) against the real broker: each fetch request carries
 * the W3C trace context of a span the CLI started, so the article's trace begins at the ingest, and the printed
 * traceId is the one in the message's `traceparent`. (Fetch requests once left with no trace context at all.)
 * The URL is a loopback one the fetcher's address policy refuses on the decision, so nothing is ever fetched.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { FetchRequestContract, Headers } from '@newsflow/contracts';
import { collectTopics, CollectedMessage, testKafka, waitUntil } from '../support/kafka-helpers';

jest.setTimeout(60_000);

const CLI = path.join(__dirname, '../../dist/apps/cli/src/main.js');
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };

beforeAll(async () => {
  collector = await collectTopics(testKafka(), [FetchRequestContract.topic]);
});
afterAll(() => collector?.stop());

it('gives every ingested URL its own trace, carried in the fetch request and printed', async () => {
  const run = randomUUID().slice(0, 8);
  const urls = [`http://127.0.0.1:9/ingest-trace-${run}/a`, `http://127.0.0.1:9/ingest-trace-${run}/b`];
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'ingest', ...urls], { env: process.env });
  const printed = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { url: string; articleId: string; traceId: string });
  expect(printed.map((p) => p.url)).toEqual(urls);
  for (const p of printed) {
    const message = await waitUntil(`the fetch request for ${p.url}`, () =>
      collector.messages.find((m) => m.key === p.articleId),
    );
    expect(message.headers[Headers.schema]).toBe(FetchRequestContract.id);
    const traceparent = message.headers[Headers.traceparent];
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(traceparent.split('-')[1]).toBe(p.traceId);
  }
  expect(new Set(printed.map((p) => p.traceId)).size).toBe(2);
});
