import { createInterface } from 'node:readline';
import {
  DocumentFrequencies,
  StoryDocument,
  StoryProfile,
  detectLanguage,
  groupEntities,
  recognizeEntities,
  resolvePlaces,
  storyProfile,
  storySimilarity,
} from '@newsflow/enrichment';
import { CliCommand, UsageError } from '../command';

const USAGE = `usage: newsflow similar --jsonl < pairs.jsonl
  Reads JSON lines {"id","text1","text2"} (optional "title1", "title2", "published1", "published2") on stdin and
  prints one line {"id","similarity"} per input, similarity in [0, 1] (same story from 0.5 up). Entities, places
  and the language of each text are found as the enricher finds them; term rarity comes from document frequencies
  the run keeps, seeded with each batch of 1,000 lines before it is scored. A malformed line prints an error on
  stderr with its line number and {"id","similarity":null,"error"} on stdout; the run goes on and exits 1 at the end.`;

/** Lines read before scoring: their texts seed the document frequencies, so the first pairs are weighted too. */
export const BATCH_LINES = 1000;

export interface SimilarIo {
  write(line: string): Promise<void>;
  warn(message: string): void;
}

interface PairInput {
  id: string | number;
  docs: [StoryDocument, StoryDocument];
}

type ParsedLine = { line: number; pair: PairInput } | { line: number; id: unknown; error: string };

/** One input line as a pair of documents, or why it is not one. */
export function parsePairLine(text: string): PairInput | { id: unknown; error: string } {
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch {
    return { id: null, error: 'not JSON' };
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { id: null, error: 'not a JSON object' };
  const r = row as Record<string, unknown>;
  const id = r.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { id: null, error: 'no "id" (a string or number)' };
  for (const field of ['text1', 'text2'])
    if (typeof r[field] !== 'string') return { id, error: `"${field}" must be a string` };
  for (const field of ['title1', 'title2', 'published1', 'published2'])
    if (r[field] !== undefined && r[field] !== null && typeof r[field] !== 'string')
      return { id, error: `"${field}" must be a string when given` };
  const doc = (n: 1 | 2): StoryDocument => ({
    text: r[`text${n}`] as string,
    title: (r[`title${n}`] as string | undefined) ?? null,
    published: (r[`published${n}`] as string | undefined) ?? null,
  });
  return { id, docs: [doc(1), doc(2)] };
}

/** The document with what the enricher would add: language, entities, places. */
export function enrichedDocument(doc: StoryDocument): StoryDocument {
  const spans = recognizeEntities(doc.text);
  return {
    ...doc,
    language: doc.language ?? detectLanguage(`${doc.title ?? ''}\n${doc.text}`),
    entities: groupEntities(spans, doc.text).map((e) => ({ text: e.name, type: e.type })),
    places: resolvePlaces(spans, doc.text).map((p) => ({ id: p.id, name: p.name })),
  };
}

export async function runSimilar(
  lines: AsyncIterable<string>,
  io: SimilarIo,
  batchLines = BATCH_LINES,
): Promise<number> {
  const df = new DocumentFrequencies();
  let failures = 0;
  let lineNo = 0;
  let batch: ParsedLine[] = [];
  const flush = async (): Promise<void> => {
    const docs = new Map<ParsedLine, [StoryDocument, StoryDocument]>();
    // Seed the frequencies with the whole batch first, then profile against them.
    for (const item of batch) {
      if (!('pair' in item)) continue;
      const pair: [StoryDocument, StoryDocument] = [
        enrichedDocument(item.pair.docs[0]),
        enrichedDocument(item.pair.docs[1]),
      ];
      docs.set(item, pair);
      for (const d of pair) df.add(storyProfile(d, new DocumentFrequencies()));
    }
    for (const item of batch) {
      const pair = docs.get(item);
      if (!pair || !('pair' in item)) {
        const failed = item as { line: number; id: unknown; error: string };
        await io.write(JSON.stringify({ id: failed.id ?? null, similarity: null, error: failed.error }) + '\n');
        continue;
      }
      const [a, b]: StoryProfile[] = pair.map((d) => storyProfile(d, df));
      const similarity = Math.round(storySimilarity(a, b, df) * 1e4) / 1e4;
      await io.write(JSON.stringify({ id: item.pair.id, similarity }) + '\n');
    }
    batch = [];
  };
  for await (const text of lines) {
    lineNo++;
    if (!text.trim()) continue;
    const parsed = parsePairLine(text);
    if ('error' in parsed) {
      failures++;
      io.warn(`newsflow similar: line ${lineNo}: ${parsed.error}\n`);
      batch.push({ line: lineNo, id: parsed.id, error: parsed.error });
    } else batch.push({ line: lineNo, pair: parsed });
    if (batch.length >= batchLines) await flush();
  }
  await flush();
  return failures ? 1 : 0;
}

const processIo: SimilarIo = {
  write: (line) =>
    new Promise((resolve) => {
      if (process.stdout.write(line)) resolve();
      else process.stdout.once('drain', () => resolve());
    }),
  warn: (message) => process.stderr.write(message),
};

export const command: CliCommand = {
  name: 'similar',
  summary: 'same-story similarity in [0, 1] for JSON lines {"id","text1","text2"} on stdin',
  usage: USAGE,
  options: ['--jsonl'],
  async run(args) {
    const rest = args.filter((a) => a !== '--jsonl');
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
    if (!args.includes('--jsonl')) throw new UsageError('give --jsonl (JSON lines on stdin; the only input format)');
    return await runSimilar(createInterface({ input: process.stdin, crlfDelay: Infinity }), processIo);
  },
};
