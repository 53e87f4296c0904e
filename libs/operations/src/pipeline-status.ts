import { Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  allTopics,
  deadLetterTopic,
  retryTiers,
  StageInputs,
  stageInputTopics,
  STAGES,
  StageName,
} from '@newsflow/contracts';
import { computeConsumerLag } from '@newsflow/observability';

/**
 * A snapshot of the pipeline for operators (`newsflow status`): per stage its consumer lag, parked retries and dead
 * letters; every topic's size; the store's article count; each source's last successful poll.
 */
export interface StageStatus {
  stage: StageName;
  /** The topic the stage's producers write today (the parser's is fetched-page/2). */
  inputTopic: string;
  /** Every topic the stage consumes: the parser still reads fetched-page/1 beside /2 while v1 producers exist. */
  inputTopics: string[];
  /** Consumer lag summed over all of `inputTopics`. */
  lag: number;
  retrying: number;
  deadLetters: number;
}

export interface PipelineStatus {
  at: string;
  stages: StageStatus[];
  topics: { name: string; messages: number }[];
  articles: number | null;
  sources: { url: string; kind: string; lastSuccessAt: string | null; lastError: string | null; nextPollAt: string }[];
}

/** Messages currently held by a topic (high watermark minus low, summed over partitions); 0 if it does not exist. */
async function topicSize(admin: Admin, topic: string, existing: Set<string>): Promise<number> {
  if (!existing.has(topic)) return 0;
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((n, p) => n + (Number(p.high) - Number(p.low)), 0);
}

async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  if (!topics.length) return 0;
  return (await computeConsumerLag(admin, groupId, topics)).reduce((n, p) => n + Number(p.lag), 0);
}

export async function pipelineStatus(admin: Admin, ds: DataSource | null): Promise<PipelineStatus> {
  const existing = new Set(await admin.listTopics());
  const sizes = new Map<string, number>();
  for (const t of allTopics()) sizes.set(t.name, await topicSize(admin, t.name, existing));
  const stages: StageStatus[] = [];
  for (const stage of STAGES) {
    const inputs = stageInputTopics(stage).map((t) => t.name);
    stages.push({
      stage,
      inputTopic: StageInputs[stage].name,
      inputTopics: inputs,
      lag: await groupLag(
        admin,
        `newsflow-${stage}`,
        inputs.filter((t) => existing.has(t)),
      ),
      // Parked messages not yet returned: the retry forwarder's lag on the tiers (the topics keep returned ones too).
      retrying: await groupLag(
        admin,
        `newsflow-${stage}-retry`,
        retryTiers(stage)
          .map((t) => t.name)
          .filter((t) => existing.has(t)),
      ),
      deadLetters: sizes.get(deadLetterTopic(stage).name) ?? 0,
    });
  }
  let articles: number | null = null;
  let sources: PipelineStatus['sources'] = [];
  if (ds) {
    articles = Number((await ds.query(`SELECT count(*) AS n FROM articles`))[0].n);
    sources = (
      await ds.query(
        `SELECT url, kind, last_success_at, last_error, next_poll_at FROM sources ORDER BY last_success_at DESC NULLS LAST LIMIT 50`,
      )
    ).map(
      (r: {
        url: string;
        kind: string;
        last_success_at: Date | null;
        last_error: string | null;
        next_poll_at: Date;
      }) => ({
        url: r.url,
        kind: r.kind,
        lastSuccessAt: r.last_success_at?.toISOString() ?? null,
        lastError: r.last_error,
        nextPollAt: r.next_poll_at.toISOString(),
      }),
    );
  }
  return {
    at: new Date().toISOString(),
    stages,
    topics: [...sizes].map(([name, messages]) => ({ name, messages })),
    articles,
    sources,
  };
}

/** The human view of a status, with the indexing rate since the previous snapshot when there is one. */
export function formatStatus(s: PipelineStatus, previous?: PipelineStatus): string {
  const lines: string[] = [];
  const rate =
    previous && s.articles !== null && previous.articles !== null
      ? (s.articles - previous.articles) / ((Date.parse(s.at) - Date.parse(previous.at)) / 1000)
      : null;
  lines.push(
    `newsflow status at ${s.at}` +
      (s.articles !== null ? ` — ${s.articles} articles stored` : '') +
      (rate !== null ? `, ${rate.toFixed(1)}/s` : ''),
  );
  lines.push('', 'stage      input topic                      lag   retrying   dead letters');
  for (const st of s.stages) {
    lines.push(
      `${st.stage.padEnd(10)} ${st.inputTopic.padEnd(31)} ${String(st.lag).padStart(5)} ${String(st.retrying).padStart(10)} ${String(st.deadLetters).padStart(14)}`,
    );
  }
  const totalLag = s.stages.reduce((n, st) => n + st.lag, 0);
  if (totalLag > 0 && rate && rate > 0)
    lines.push('', `backlog ${totalLag} messages; at ${rate.toFixed(1)} articles/s`);
  if (s.sources.length) {
    lines.push(
      '',
      'source                                                        last success               last error',
    );
    for (const src of s.sources.slice(0, 20)) {
      lines.push(
        `${src.url.slice(0, 60).padEnd(61)} ${(src.lastSuccessAt ?? 'never').padEnd(26)} ${(src.lastError ?? '').slice(0, 40)}`,
      );
    }
  }
  return lines.join('\n');
}
