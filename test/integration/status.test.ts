/** `newsflow status` on the real broker and database. */
import { Kafka } from 'kafkajs';
import { deadLetterTopic } from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv } from '@newsflow/db';
import { formatStatus, pipelineStatus } from '@newsflow/operations';
import { testKafka, testProducer } from '../support/kafka-helpers';

jest.setTimeout(30_000);

it('counts dead letters per stage and reports lag, stored articles and sources', async () => {
  const kafka: Kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  const ds = createDataSource(databaseUrlFromEnv(), { poolSize: 1 });
  await ds.initialize();
  const producer = await testProducer(kafka);
  try {
    const before = await pipelineStatus(admin, ds);
    await producer.send({ topic: deadLetterTopic('parser').name, messages: [{ key: 'status-test', value: 'x' }] });
    const after = await pipelineStatus(admin, ds);
    const dl = (s: typeof before) => s.stages.find((st) => st.stage === 'parser')!.deadLetters;
    expect(dl(after)).toBe(dl(before) + 1);
    expect(after.stages.map((s) => s.stage)).toEqual(['fetcher', 'parser', 'enricher', 'indexer']);
    expect(after.articles).toBe(Number((await ds.query('SELECT count(*) n FROM articles'))[0].n));
    const text = formatStatus(after, before);
    // The parser's row names the topic fetchers write today; its lag covers the v1 topic it still reads too.
    expect(text).toMatch(/^parser +newsflow\.pages\.fetched\.v2 +\d+ +\d+ +\d+$/m);
    expect(after.stages.find((st) => st.stage === 'parser')!.inputTopics).toEqual([
      'newsflow.pages.fetched.v2',
      'newsflow.pages.fetched.v1',
    ]);
    expect(text).toContain('articles stored');
  } finally {
    await producer.disconnect();
    await admin.disconnect();
    await ds.destroy();
  }
});
