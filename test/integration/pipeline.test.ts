/**
 * The walking skeleton on the real stack: the four services as separate processes against the real Kafka broker
 * and PostgreSQL (started by `newsflow stack up` before the suite), the sample news site on loopback, and an
 * OTLP/HTTP receiver inside the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopic, FetchedPageHeaders, Headers, StageInputs, StageName, Topics } from '@newsflow/contracts';
import { addSource, createDataSource, databaseUrlFromEnv, removeSource } from '@newsflow/db';
import { FixtureNewsSite, startFixtureNewsSite } from '@newsflow/fixture-site';
import { DemoArticle, fetchStoredArticles, PipelineServices, startPipelineServices } from '@newsflow/stack';
import { collectTopics, CollectedMessage, testKafka, testProducer, waitUntil } from '../support/kafka-helpers';
import { ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver';
import { enrichedArticle, fetchedPage, fetchRequest, parsedArticle, uniqueUrl } from '../support/sample-messages';

jest.setTimeout(180_000);

const expected = JSON.parse(
  readFileSync(path.join(__dirname, '../../libs/fixture-site/fixtures/seed/expected.json'), 'utf8'),
);

let site: FixtureNewsSite;
let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
let services: PipelineServices;
let ds: DataSource;
let kafka: Kafka;
let producer: Producer;
let collector: { messages: CollectedMessage[]; stop(): Promise<void> };

beforeAll(async () => {
  site = await startFixtureNewsSite();
  otlp = await startOtlpReceiver();
  kafka = testKafka();
  collector = await collectTopics(kafka, [
    Topics.pagesFetchedV2.name,
    Topics.articlesParsed.name,
    Topics.articlesEnriched.name,
    Topics.articlesIndexed.name,
    ...(['fetcher', 'parser', 'enricher', 'indexer'] as StageName[]).map((s) => deadLetterTopic(s).name),
  ]);
  producer = await testProducer(kafka);
  ds = createDataSource(databaseUrlFromEnv(), { poolSize: 2 });
  await ds.initialize();
  services = startPipelineServices({
    FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    FETCHER_POLL_EVERY_MS: '300',
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });
  await services.ready;
});

afterAll(async () => {
  await services?.stop();
  await removeSource(ds, site.feedUrl).catch(() => undefined);
  await Promise.all([collector?.stop(), producer?.disconnect(), ds?.destroy(), site?.close(), otlp?.close()]);
});

describe('the reference article, end to end', () => {
  let article: DemoArticle;

  beforeAll(async () => {
    await addSource(ds, { kind: 'feed', url: site.feedUrl, pollIntervalSeconds: 60 });
    const referenceUrl = site.articleUrls[0];
    article = await waitUntil(
      'the reference article in the store',
      async () => (await fetchStoredArticles(ds, [referenceUrl]))[0],
      90_000,
    );
  });

  it('is stored with the fields a careful reader takes from it', () => {
    expect(article.title).toBe(expected.article.title);
    expect(article.sectionPath).toEqual(expected.article.sectionPath);
    expect(article.leadImage?.caption).toBe(expected.article.leadImageCaption);
    expect(article.language).toBe('en');
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-04-26');
    expect(article.text.startsWith(expected.article.bodyStartsWith)).toBe(true);
    expect(article.text.trimEnd().endsWith(expected.article.bodyEndsWith)).toBe(true);
    for (const line of expected.article.mustNotBeInBody) expect(article.text).not.toContain(line);
    expect(article.traceId).toMatch(/^[0-9a-f]{32}$/);
    const people = (article.entities as { type: string; name: string }[])
      .filter((e) => e.type === 'PER')
      .map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Sergei Shoigu', 'Mohammad Reza Ashtiani']));
  });

  it('is one trace, started by the poll that asked for it, holding the spans of all four services in order', async () => {
    const order = ['newsflow-fetcher', 'newsflow-parser', 'newsflow-enricher', 'newsflow-indexer'];
    const spans = await waitUntil(
      'spans of all four services for the article’s trace',
      () => {
        const mine = otlp.spans.filter((s) => s.traceId === article.traceId);
        const hasAll = order.every((svc) => mine.some((s) => s.service === svc && s.kind === 5 /* CONSUMER */));
        return hasAll && mine.some((s) => s.name === 'indexer db write') ? mine : undefined;
      },
      30_000,
    );
    // Walk up from the indexer's span: each stage's span is a child of the span of the stage before it (the context
    // travelled in the Kafka headers), and the fetcher's is a child of the fetch request's own producer span, the
    // root: the trace starts at the poll that asked for the article. (A request parked for a host slot is fetched
    // again in the same trace, so the chain, not the first span of each service, is what to follow.)
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const dbWrite = spans.find((s) => s.name === 'indexer db write')!;
    const chain: ReceivedSpan[] = [];
    for (let s: ReceivedSpan | undefined = byId.get(dbWrite.parentSpanId); s; s = byId.get(s.parentSpanId))
      chain.push(s);
    expect(chain.map((s) => [s.service, s.kind])).toEqual([
      ['newsflow-indexer', 5 /* CONSUMER */],
      ['newsflow-enricher', 5],
      ['newsflow-parser', 5],
      ['newsflow-fetcher', 5],
      ['newsflow-fetcher', 4 /* PRODUCER */],
    ]);
    for (let i = 1; i < chain.length; i++) expect(chain[i].startNs).toBeLessThanOrEqual(chain[i - 1].startNs);
    const request = chain[chain.length - 1];
    expect(request.parentSpanId).toBe('');
    expect(request.name).toBe('newsflow.fetch-requests.v1 publish');
    expect(request!.attributes['newsflow.fetch.origin']).toBe('feed');
  });
});

describe('dead letters: a malformed message never blocks its partition', () => {
  const cases: {
    stage: StageName;
    good: () => { key: string; value: unknown; findOutput: (m: CollectedMessage) => boolean };
  }[] = [
    {
      stage: 'fetcher',
      good: () => {
        const url = `${site.articleUrls[0]}?dlq-probe=${Date.now()}`;
        const req = fetchRequest(url);
        return {
          key: req.articleId,
          value: req,
          findOutput: (m) => m.topic === Topics.pagesFetchedV2.name && m.headers[FetchedPageHeaders.url] === url,
        };
      },
    },
    {
      stage: 'parser',
      good: () => {
        const page = fetchedPage(uniqueUrl(site.baseUrl), site.baseUrl);
        return {
          key: page.articleId,
          value: page,
          findOutput: (m) => m.topic === Topics.articlesParsed.name && m.key === page.articleId,
        };
      },
    },
    {
      stage: 'enricher',
      good: () => {
        const parsed = parsedArticle(uniqueUrl(site.baseUrl));
        return {
          key: parsed.articleId,
          value: parsed,
          findOutput: (m) => m.topic === Topics.articlesEnriched.name && m.key === parsed.articleId,
        };
      },
    },
    {
      stage: 'indexer',
      good: () => {
        const enriched = enrichedArticle(uniqueUrl(site.baseUrl));
        return {
          key: enriched.articleId,
          value: enriched,
          findOutput: (m) => m.topic === Topics.articlesIndexed.name && m.key === enriched.articleId,
        };
      },
    },
  ];

  it.each(cases)(
    '$stage: the bad message lands in its dead-letter topic with error headers, the next good one flows',
    async ({ stage, good }) => {
      // These cases are JSON messages: the parser's are sent to its fetched-page/1 topic, which it still reads (the
      // v2 topic's own bad records are in fetched-page-v1.test.ts).
      const input = stage === 'parser' ? Topics.pagesFetched.name : StageInputs[stage].name;
      const badKey = `malformed-${stage}-${Date.now()}`;
      const probe = good();
      // Same key → same partition: the good message sits right behind the bad one.
      await producer.send({
        topic: input,
        messages: [
          { key: probe.key, value: '{"this is": not json', headers: { 'x-test': badKey } },
          {
            key: probe.key,
            value: JSON.stringify({ schemaVersion: 1, articleId: 'not-an-id' }),
            headers: { 'x-test': `${badKey}-schema` },
          },
          { key: probe.key, value: JSON.stringify(probe.value) },
        ],
      });
      const dlqName = deadLetterTopic(stage).name;
      const notJson = await waitUntil(`${stage} dead letter (not JSON)`, () =>
        collector.messages.find((m) => m.topic === dlqName && m.headers['x-test'] === badKey),
      );
      expect(notJson.value).toBe('{"this is": not json');
      expect(notJson.key).toBe(probe.key);
      expect(notJson.headers[Headers.stage]).toBe(stage);
      expect(notJson.headers[Headers.errorClass]).toBe('InvalidMessageError');
      expect(notJson.headers[Headers.errorMessage]).toMatch(/not JSON/);
      expect(notJson.headers[Headers.attempts]).toBe('1');
      expect(notJson.headers[Headers.originalTopic]).toBe(input);
      expect(Number(notJson.headers[Headers.originalOffset])).toBeGreaterThanOrEqual(0);
      expect(new Date(notJson.headers[Headers.firstFailureAt]).getTime()).toBeGreaterThan(0);

      const broken = await waitUntil(`${stage} dead letter (schema)`, () =>
        collector.messages.find((m) => m.topic === dlqName && m.headers['x-test'] === `${badKey}-schema`),
      );
      expect(broken.headers[Headers.errorClass]).toBe('ContractViolation');
      expect(broken.headers[Headers.errorMessage]).toMatch(/must have required property/);

      const output = await waitUntil(
        `${stage} output for the good message`,
        () => collector.messages.find(probe.findOutput),
        60_000,
      );
      expect(output.headers[Headers.traceparent]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    },
  );
});

describe('change events', () => {
  it('a new article is "created"; the same content again publishes nothing; a changed body is "updated", revision 2', async () => {
    const first = enrichedArticle(uniqueUrl(site.baseUrl));
    const events = (id: string) =>
      collector.messages
        .filter((m) => m.topic === Topics.articlesIndexed.name && m.key === id)
        .map((m) => JSON.parse(m.value!));
    await producer.send({
      topic: Topics.articlesEnriched.name,
      messages: [{ key: first.articleId, value: JSON.stringify(first) }],
    });
    await waitUntil('the created event', () => (events(first.articleId).length ? true : undefined));
    await producer.send({
      topic: Topics.articlesEnriched.name,
      messages: [{ key: first.articleId, value: JSON.stringify(first) }],
    });
    const changed = {
      ...first,
      article: { ...first.article, text: `${first.article.text}\n\nA paragraph added later.` },
    };
    await producer.send({
      topic: Topics.articlesEnriched.name,
      messages: [{ key: first.articleId, value: JSON.stringify(changed) }],
    });
    await waitUntil('the updated event', () => (events(first.articleId).length >= 2 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    expect(events(first.articleId).map((e) => [e.event, e.revision])).toEqual([
      ['created', 1],
      ['updated', 2],
    ]);
    const revisions = await ds.query(`SELECT revision FROM article_revisions WHERE article_id = $1 ORDER BY revision`, [
      first.articleId,
    ]);
    expect(revisions).toEqual([{ revision: 1 }, { revision: 2 }]);
  });
});

describe('metrics and health of the running services', () => {
  it('each service serves Prometheus metrics and a ready health check', async () => {
    for (const service of services.services) {
      expect(service.httpPort).toBeGreaterThan(0);
      const base = `http://127.0.0.1:${service.httpPort}`;
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      const consumed = metrics.split('\n').find((l) => l.startsWith('newsflow_messages_consumed_total{'));
      expect(consumed).toContain(`stage="${service.stage}"`);
      expect(metrics).toMatch(/nodejs_heap_size_used_bytes/);
    }
    // The parser dead-lettered this suite's malformed messages: the counter says so, by error class.
    const parser = services.services.find((s) => s.stage === 'parser')!;
    const text = await (await fetch(`http://127.0.0.1:${parser.httpPort}/metrics`)).text();
    expect(text).toMatch(/newsflow_dead_letters_total\{[^}]*error_class="InvalidMessageError"[^}]*\} [1-9]/);
  });
});

describe('shutdown', () => {
  it('every service finishes its work, commits and exits 0 on SIGTERM', async () => {
    await services.stop(30_000);
    const codes = await Promise.all(services.services.map((s) => s.exited));
    expect(codes).toEqual([0, 0, 0, 0]);
  });
});
