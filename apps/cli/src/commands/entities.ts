import { createInterface } from 'node:readline';
import { recognizeEntities } from '@newsflow/enrichment';
import { CliCommand, UsageError } from '../command';

export const command: CliCommand = {
  name: 'entities',
  summary: 'named entities (PER, ORG, LOC, MISC) for JSON lines {"id","text"} on stdin',
  usage: [
    'usage: newsflow entities < input.jsonl',
    '  reads JSON lines {"id","text"} on stdin and prints one line per input:',
    '  {"id","entities":[{"start","end","type","text"}]} (offsets in UTF-16 code units)',
  ].join('\n'),
  options: [],
  async run(args) {
    if (args.length) throw new UsageError(`unexpected argument "${args[0]}"`);
    let bad = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      let row: { id?: unknown; text?: unknown };
      try {
        row = JSON.parse(line) as { id?: unknown; text?: unknown };
      } catch {
        process.stderr.write(`newsflow entities: skipping a line that is not JSON: ${line.slice(0, 80)}\n`);
        bad++;
        continue;
      }
      const text = typeof row.text === 'string' ? row.text : '';
      process.stdout.write(JSON.stringify({ id: row.id ?? null, entities: recognizeEntities(text) }) + '\n');
    }
    return bad ? 1 : 0;
  },
};
