/**
 * Hostile input across the stages, on the real stack: garbage messages on every input topic, malformed, huge,
 * binary and fuzzed pages, absurd article texts and enrichments. Nothing may crash or hang, and every input must
 * end in the store or in a dead-letter record with a reason.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, Headers, STAGES, Topics } from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import { PipelineServices, startPipelineServices } from '@newsflow/stack';
import { hostileCorpus, HostileInput } from '../support/hostile-inputs';
import { collectTopics, CollectedMessage, testKafka, testProducer } from '../support/kafka-helpers';

jest.setTimeout(300_000);

const topicOf: Record<HostileInput['topic'], string> = {
  'fetch-requests': Topics.fetchRequests.name,
  pages: Topics.pagesFetched.name,
  'pages-v2': Topics.pagesFetchedV2.name,
  parsed: Topics.articlesParsed.name,
  enriched: Topics.articlesEnriched.name,
};

let services: PipelineServices;
let kafka: Kafka;
let producer: Producer;
let ds: DataSource;
let deadLetters: { messages: CollectedMessage[]; stop(): Promise<void> };

beforeAll(async () => {
  kafka = testKafka();
  producer = await testProducer(kafka);
  deadLetters = await collectTopics(
    kafka,
    STAGES.map((s) => deadLetterTopic(s).name),
  );
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 2 });
  await ds.initialize();
  // Failures go to the dead-letter topic after the quick in-place attempts: the 10 s / 1 min / 10 min retry
  // tiers would outlast the test. Pages are fetched from nowhere: every page input comes in as a fetched page.
  services = startPipelineServices({ STAGE_MAX_DELIVERIES: '1', LOG_LEVEL: 'warn' });
  await services.ready;
});

afterAll(async () => {
  await services?.stop();
  await Promise.all([deadLetters?.stop(), producer?.disconnect(), ds?.destroy()]);
});

it('ends every hostile input in the store or in a dead letter with a reason, and no service crashes', async () => {
  const corpus = hostileCorpus(`http://hostile-${randomUUID().slice(0, 8)}.example`, randomUUID().slice(0, 8));
  const outcome = new Map<string, string>();
  for (const input of corpus) {
    try {
      await producer.send({
        topic: topicOf[input.topic],
        messages: [{ key: input.key, value: input.value, headers: input.headers }],
        acks: -1,
      });
    } catch (err) {
      // The broker is the first edge: a message over the topic's max.message.bytes never enters the pipeline.
      expect((err as Error).message).toMatch(/larger than the max message size/);
      outcome.set(input.key, 'refused by the broker (too large)');
    }
  }
  const pending = new Map(corpus.filter((i) => !outcome.has(i.key)).map((i) => [i.key, i]));
  const deadline = Date.now() + 240_000;
  while (pending.size && Date.now() < deadline) {
    for (const m of deadLetters.messages) {
      if (m.key && pending.has(m.key)) {
        expect(m.headers[Headers.errorClass]).toBeTruthy();
        expect(m.headers[Headers.errorMessage]).toBeTruthy();
        outcome.set(m.key, `dead letter (${m.headers[Headers.stage]}: ${m.headers[Headers.errorClass]})`);
        pending.delete(m.key);
      }
    }
    const ids = [...pending.keys()].filter((k) => /^[0-9a-f]{32}$/.test(k));
    if (ids.length) {
      const stored: { id: string }[] = await ds.query(`SELECT id FROM articles WHERE id = ANY($1)`, [ids]);
      for (const { id } of stored) {
        outcome.set(id.trim(), 'stored');
        pending.delete(id.trim());
      }
    }
    for (const s of services.services)
      expect({ stage: s.stage, exitCode: s.child.exitCode }).toEqual({ stage: s.stage, exitCode: null });
    if (pending.size) await new Promise((r) => setTimeout(r, 500));
  }
  const unresolved = [...pending.values()].map((i) => `${i.topic}: ${i.name}`);
  expect(unresolved).toEqual([]);
  const summary: Record<string, number> = {};
  for (const o of outcome.values()) summary[o] = (summary[o] ?? 0) + 1;
  process.stdout.write(`hostile inputs tried: ${corpus.length}; outcomes: ${JSON.stringify(summary)}\n`);
  expect(outcome.size).toBe(corpus.length);
});
