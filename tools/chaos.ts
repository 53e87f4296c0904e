/**
 * `npm run chaos -- --articles N [--kills K] [--fault-every SECONDS] [--timeout SECONDS] [--json]`
 *
 * The delivery guarantees under faults. N distinct articles flow from the sample news site (its feed registered as a
 * source) through the four services, run under a supervisor that restarts whatever dies. Meanwhile faults are
 * injected at random moments: kill -9 of each service K times, a restart of the Kafka broker and a fast restart of
 * PostgreSQL (connections cut). At the end it asserts that exactly N articles are stored, each with exactly one
 * revision, and that every dead-letter record written during the run carries its reason; it prints the faults and
 * the counts, and exits 1 when an assertion fails. The local stack must be up (`newsflow stack up`).
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { STAGES, StageName } from '@newsflow/contracts';
import { addSource, createDataSource, databaseUrlFromEnv, removeSource } from '@newsflow/db';
import { generateArticles, startFixtureNewsSite } from '@newsflow/fixture-site';
import { kafkaConfigFromEnv } from '@newsflow/messaging';
import { DeadLetter, readDeadLetters } from '@newsflow/operations';
import { numberArg } from '../bench/lib/cli-args';
import {
  kafkaStatus,
  restartLocalPostgres,
  sampleSiteEnv,
  sleep,
  startLocalKafka,
  stopLocalKafka,
  Supervisor,
} from '@newsflow/stack';

type Fault = { kind: 'kill'; stage: StageName } | { kind: 'broker-restart' } | { kind: 'postgres-restart' };

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

async function main(): Promise<number> {
  const n = numberArg('--articles', 200);
  const kills = numberArg('--kills', 2);
  const faultEveryMs = numberArg('--fault-every', 4) * 1000;
  const timeoutMs = numberArg('--timeout', 600) * 1000;
  const asJson = process.argv.includes('--json');
  const log = (line: string) => process.stderr.write(`chaos: ${line}\n`);
  const started = Date.now();
  const runId = randomUUID().slice(0, 8);

  const brokers = kafkaConfigFromEnv('chaos').brokers as string[];
  const brokerManaged = (await kafkaStatus(brokers)).managed;
  const site = await startFixtureNewsSite({
    withoutReferenceArticle: true,
    extraArticles: generateArticles({ count: n, runId }),
  });
  const prefix = `${site.baseUrl}/`;
  const ds = createDataSource(databaseUrlFromEnv(), { applicationName: 'newsflow-chaos', poolSize: 2 });
  await ds.initialize();
  const supervisor = new Supervisor(sampleSiteEnv(site.port, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }));
  supervisor.start();
  log(`${n} articles at ${site.feedUrl}; services started (run ${runId})`);
  await addSource(ds, { kind: 'feed', url: site.feedUrl, pollIntervalSeconds: 10 });

  const stored = async () =>
    Number((await ds.query(`SELECT count(*) AS n FROM articles WHERE url LIKE $1`, [`${prefix}%`]))[0].n);
  const plan: Fault[] = shuffle([
    ...STAGES.flatMap((stage) => Array.from({ length: kills }, () => ({ kind: 'kill' as const, stage }))),
    ...(brokerManaged ? [{ kind: 'broker-restart' as const }] : []),
    { kind: 'postgres-restart' as const },
  ]);
  if (!brokerManaged) log('the broker is not the local stack’s: no broker restart');
  const injected: { at: number; fault: string; indexedBefore: number }[] = [];
  let count = 0;
  let lastCount = -1;
  let lastProgress = Date.now();
  try {
    while (Date.now() - started < timeoutMs) {
      try {
        count = await stored();
      } catch {
        // PostgreSQL restarting: ask again
      }
      if (count !== lastCount) {
        lastCount = count;
        lastProgress = Date.now();
      }
      if (count >= n && !plan.length) break;
      const due = injected.length ? injected[injected.length - 1].at + faultEveryMs : started + faultEveryMs;
      if (plan.length && Date.now() - started >= due - started) {
        const fault = plan.shift()!;
        const at = Date.now();
        const name = fault.kind === 'kill' ? `kill -9 ${fault.stage}` : fault.kind;
        log(`${((at - started) / 1000).toFixed(1)} s: ${name} (${count}/${n} stored)`);
        injected.push({ at, fault: name, indexedBefore: count });
        if (fault.kind === 'kill') supervisor.kill(fault.stage);
        else if (fault.kind === 'broker-restart') {
          await stopLocalKafka(log);
          await startLocalKafka({ brokers, log });
        } else await restartLocalPostgres(log);
      }
      if (Date.now() - lastProgress > 120_000) {
        log('no progress for 120 s');
        break;
      }
      await sleep(250);
    }
    // Let in-flight duplicates (replays after the kills) land before counting.
    await sleep(3000);
    count = await stored();
  } finally {
    await supervisor.stop();
    await removeSource(ds, site.feedUrl).catch(() => undefined);
    await site.close();
  }

  const revisions = Number(
    (
      await ds.query(
        `SELECT count(*) AS n FROM article_revisions r JOIN articles a ON a.id = r.article_id WHERE a.url LIKE $1`,
        [`${prefix}%`],
      )
    )[0].n,
  );
  const maxRevision = Number(
    (await ds.query(`SELECT coalesce(max(revision), 0) AS n FROM articles WHERE url LIKE $1`, [`${prefix}%`]))[0].n,
  );
  await ds.destroy();

  const kafka = new Kafka({ ...kafkaConfigFromEnv('chaos'), logLevel: logLevel.NOTHING });
  const deadLetters: DeadLetter[] = [];
  for (const stage of STAGES) {
    await readDeadLetters(kafka, stage, { since: new Date(started) }, (d) => void deadLetters.push(d));
  }
  const unexplained = deadLetters.filter((d) => !d.errorClass || !d.errorMessage);

  const checks = {
    allStored: count === n,
    noneTwice: revisions === count && maxRevision <= 1,
    deadLettersExplained: unexplained.length === 0,
  };
  const ok = Object.values(checks).every(Boolean);
  const restarts = Object.fromEntries(supervisor.restarts);
  const report = {
    articles: n,
    stored: count,
    lost: Math.max(0, n - count),
    duplicated: Math.max(0, revisions - count),
    faultsInjected: injected.length,
    faults: injected.map((f) => ({
      atSeconds: +((f.at - started) / 1000).toFixed(1),
      fault: f.fault,
      storedBefore: f.indexedBefore,
    })),
    restarts,
    deadLetters: deadLetters.length,
    deadLettersByClass: deadLetters.reduce<Record<string, number>>(
      (m, d) => ((m[d.errorClass ?? '?'] = (m[d.errorClass ?? '?'] ?? 0) + 1), m),
      {},
    ),
    seconds: +((Date.now() - started) / 1000).toFixed(1),
    checks,
    ok,
  };
  process.stdout.write('\nfault                     at (s)   stored before\n');
  for (const f of report.faults)
    process.stdout.write(
      `${f.fault.padEnd(24)} ${String(f.atSeconds).padStart(7)} ${String(f.storedBefore).padStart(15)}\n`,
    );
  process.stdout.write(
    `\narticles ${n}, stored ${count}, lost ${report.lost}, duplicated ${report.duplicated}, faults ${injected.length}, ` +
      `service restarts ${JSON.stringify(restarts)}, dead letters ${deadLetters.length} ${JSON.stringify(report.deadLettersByClass)}, ` +
      `${report.seconds} s\n`,
  );
  process.stdout.write(`checks: ${JSON.stringify(checks)} → ${ok ? 'PASS' : 'FAIL'}\n`);
  if (asJson) process.stdout.write(JSON.stringify(report) + '\n');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`chaos: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
