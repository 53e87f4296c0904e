import { Kafka, logLevel } from 'kafkajs';
import { STAGES, StageName } from '@newsflow/contracts';
import { kafkaConfigFromEnv } from '@newsflow/messaging';
import { DeadLetterFilter, readDeadLetters, replayDeadLetters } from '@newsflow/operations';
import { takeOption } from '../args';
import { CliCommand, UsageError } from '../command';
import { terminalProgress } from '../progress';
import { withDatabase } from '../with-database';

function parseFilter(args: string[]): DeadLetterFilter {
  const since = takeOption(args, '--since');
  const filter = takeOption(args, '--filter');
  const out: DeadLetterFilter = {};
  if (since) {
    const d = new Date(since);
    if (Number.isNaN(d.getTime())) throw new UsageError(`--since takes an ISO date or date-time, not "${since}"`);
    out.since = d;
  }
  if (filter) {
    try {
      out.match = new RegExp(filter, 'i');
    } catch {
      throw new UsageError(`--filter is not a valid regular expression: ${filter}`);
    }
  }
  return out;
}

export const command: CliCommand = {
  name: 'dlq',
  summary: 'list, show and replay dead letters of a stage',
  usage: [
    'usage: newsflow dlq list STAGE [--since DATE] [--filter REGEX]',
    '       newsflow dlq show STAGE PARTITION:OFFSET',
    '       newsflow dlq replay STAGE [--since DATE] [--filter REGEX] [--dry-run]',
    `  STAGE is one of ${STAGES.join(', ')}; --filter matches the error class or message (case-insensitive)`,
    '  replay sends each matching record back to the topic it failed on, once: records already replayed are',
    '  skipped (a ledger in PostgreSQL), so running it again is safe. Prints {matched, replayed, alreadyReplayed}.',
  ].join('\n'),
  options: ['--since <date>', '--filter <regex>', '--dry-run'],
  async run(argv) {
    const args = [...argv];
    const action = args.shift();
    const stage = args.shift() as StageName | undefined;
    if (!action || !['list', 'show', 'replay'].includes(action)) throw new UsageError('list, show or replay');
    if (!stage || !STAGES.includes(stage)) throw new UsageError(`a stage is needed: ${STAGES.join(', ')}`);
    const kafka = new Kafka({ ...kafkaConfigFromEnv('cli'), logLevel: logLevel.ERROR });
    if (action === 'list') {
      const filter = parseFilter(args);
      const n = await readDeadLetters(kafka, stage, filter, (d) => {
        const { headers: _headers, ...summary } = d;
        process.stdout.write(JSON.stringify(summary) + '\n');
      });
      process.stderr.write(`${n} dead letter(s)\n`);
      return 0;
    }
    if (action === 'show') {
      const m = /^(\d+):(\d+)$/.exec(args[0] ?? '');
      if (!m) throw new UsageError('show takes PARTITION:OFFSET, as `dlq list` prints them');
      let found = false;
      await readDeadLetters(
        kafka,
        stage,
        {},
        (d) => {
          if (d.partition === Number(m[1]) && d.offset === m[2]) {
            found = true;
            process.stdout.write(JSON.stringify(d, null, 2) + '\n');
          }
        },
        { withValue: true },
      );
      if (!found) process.stderr.write(`no dead letter at ${args[0]}\n`);
      return found ? 0 : 1;
    }
    const dryRun = args.includes('--dry-run');
    const filter = parseFilter(args.filter((a) => a !== '--dry-run'));
    const progress = terminalProgress(`dlq replay ${stage}`);
    const result = await withDatabase((ds) =>
      replayDeadLetters(kafka, ds, stage, filter, {
        dryRun,
        onProgress: (r) => progress.update(r.matched, undefined, `matched, ${r.replayed} replayed`),
      }),
    );
    progress.finish();
    process.stdout.write(JSON.stringify({ ...result, dryRun }) + '\n');
    return 0;
  },
};
