/**
 * A data consumer's view: kcat (the ecosystem's Kafka CLI, librdkafka) reads a topic the way AsyncAPI documents it,
 * with no Newsflow code on the reading side: JSON value, article-id key, traceparent and newsflow-schema headers.
 * scripts/test installs kcat; without it (and outside CI) the test is skipped.
 */
import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { FetchRequestContract, Headers } from '@newsflow/contracts';

jest.setTimeout(60_000);

const CLI = path.join(__dirname, '../../dist/apps/cli/src/main.js');
const kcat = spawnSync('kcat', ['-V'], { stdio: 'ignore' }).status === 0;
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

(kcat || process.env.CI ? it : it.skip)(
  'reads an ingested fetch request with kcat: key, JSON value and headers',
  async () => {
    const url = `http://127.0.0.1:9/kcat-${randomUUID().slice(0, 8)}`;
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'ingest', url], { env: process.env });
    const { articleId, traceId } = JSON.parse(stdout) as { articleId: string; traceId: string };
    // -o -100: the last 100 records of each partition; -e: exit at the end; -J: one JSON envelope per record.
    const read = await promisify(execFile)(
      'kcat',
      ['-b', brokers, '-C', '-t', FetchRequestContract.topic, '-o', '-100', '-e', '-q', '-J'],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const records = read.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { key: string; payload: string; headers?: string[] });
    const mine = records.find((r) => r.key === articleId);
    expect(mine).toBeDefined();
    // kcat lists headers as [name, value, name, value, ...].
    const list = mine!.headers ?? [];
    const headers: Record<string, string> = {};
    for (let i = 0; i + 1 < list.length; i += 2) headers[list[i]] = list[i + 1];
    expect(headers[Headers.schema]).toBe(FetchRequestContract.id);
    expect(headers[Headers.traceparent]?.split('-')[1]).toBe(traceId);
    expect(FetchRequestContract.validate(JSON.parse(mine!.payload))).toMatchObject({ url, articleId });
  },
);
