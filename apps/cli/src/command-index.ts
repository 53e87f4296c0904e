// Generated from the command modules by `node bin/run.js apps/cli/src/write-command-index`; do not edit.
// The CLI reads names, summaries, usage and options from here and loads a command module only to run it,
// so `newsflow help` and `newsflow <command> --help` start without loading any command (or its libraries).
/* eslint-disable @typescript-eslint/no-require-imports */
import { CliCommand, CommandEntry } from './command';

export const COMMANDS: CommandEntry[] = [
  {
    name: 'config',
    summary: 'every environment variable Newsflow reads: default, who reads it, what it does',
    usage:
      "usage: newsflow config [--markdown]\n  prints one JSON line per variable {name, defaults, readers, description, secret, required}, from the\n  declarations the services validate at boot; --markdown prints the README's configuration table instead",
    options: ['--markdown'],
    load: () => require('./commands/config') as { command: CliCommand },
  },
  {
    name: 'contracts',
    summary: 'print the message contracts: their JSON Schemas, or the AsyncAPI document',
    usage: 'usage: newsflow contracts asyncapi | newsflow contracts list',
    options: [],
    load: () => require('./commands/contracts') as { command: CliCommand },
  },
  {
    name: 'demo',
    summary: 'run the whole pipeline on the bundled sample news site and print each indexed article as JSON',
    usage:
      'usage: newsflow demo [--timeout SECONDS]\n  starts the local stack if needed, serves the sample news site on 127.0.0.1, runs the fetcher, parser,\n  enricher and indexer as separate processes, registers the site feed as a source, waits until every article\n  is in PostgreSQL, and prints one JSON line per article (id, url, title, sectionPath, publishedAt, authors,\n  leadImage, language, text, entities, places, dates, quotes, topics, traceId). Progress goes to stderr.',
    options: ['--timeout <seconds>'],
    load: () => require('./commands/demo') as { command: CliCommand },
  },
  {
    name: 'dlq',
    summary: 'list, show and replay dead letters of a stage',
    usage:
      'usage: newsflow dlq list STAGE [--since DATE] [--filter REGEX]\n       newsflow dlq show STAGE PARTITION:OFFSET\n       newsflow dlq replay STAGE [--since DATE] [--filter REGEX] [--dry-run]\n  STAGE is one of fetcher, parser, enricher, indexer; --filter matches the error class or message (case-insensitive)\n  replay sends each matching record back to the topic it failed on, once: records already replayed are\n  skipped (a ledger in PostgreSQL), so running it again is safe. Prints {matched, replayed, alreadyReplayed}.',
    options: ['--since <date>', '--filter <regex>', '--dry-run'],
    load: () => require('./commands/dlq') as { command: CliCommand },
  },
  {
    name: 'enrich',
    summary: 'entities, places, dates, quotes, topics, language and fingerprint of an article',
    usage:
      'usage: newsflow enrich FILE [--published YYYY-MM-DD]\n       newsflow enrich --jsonl < input.jsonl\n  FILE is plain text or article JSON ({title, text, publishedAt}); prints one JSON object:\n  {language, entities, places, dates, quotes, topics, fingerprint}.\n  --published  the article date that relative dates ("on Friday") are resolved against\n  --jsonl      reads lines {"id","text","published"?} on stdin, prints one object per line with its id',
    options: ['--published <date>', '--jsonl'],
    load: () => require('./commands/enrich') as { command: CliCommand },
  },
  {
    name: 'entities',
    summary: 'named entities (PER, ORG, LOC, MISC) for JSON lines {"id","text"} on stdin',
    usage:
      'usage: newsflow entities < input.jsonl\n  reads JSON lines {"id","text"} on stdin and prints one line per input:\n  {"id","entities":[{"start","end","type","text"}]} (offsets in UTF-16 code units)',
    options: [],
    load: () => require('./commands/entities') as { command: CliCommand },
  },
  {
    name: 'extract',
    summary: 'extract the article (text, blocks and metadata) of saved HTML pages, one JSON line per file',
    usage:
      'usage: newsflow extract [--url URL] [--manifest LIST.jsonl] [--budget MS] FILE...\n  Extracts the article of each HTML file (raw page bytes; .html.gz is gunzipped) and prints one JSON line\n  per file: {file, url, title, description, authors, publishedAt, modifiedAt, sectionPath, tags, leadImage,\n  language, text, blocks, ...}. A file that fails prints {file, url, error: {code, message}}; the run goes\n  on and exits 1 at the end.\n  --url URL             the page URL of the FILEs (resolves links, dates and sections in the URL)\n  --manifest LIST.jsonl lines {"file": ..., "url": ...}: each file\'s own URL; without FILEs, all its files\n  --budget MS           time budget per page (default 2000)',
    options: ['--url <url>', '--manifest <file>', '--budget <ms>'],
    load: () => require('./commands/extract') as { command: CliCommand },
  },
  {
    name: 'fetch',
    summary: "fetch one URL under the fetcher's exact policy and print the outcome as JSON",
    usage:
      'usage: newsflow fetch URL [--allow-host HOST[:PORT]]...\n  fetches URL exactly as the fetcher would (address policy after DNS and on every redirect, at most 5\n  redirects, size and decompression caps, timeouts, content-type allow-list, robots.txt) and prints one\n  JSON object: {ok, status, url, finalUrl, charset, bytes, contentType, classification, redirects, elapsedMs}\n  or {ok: false, refused: true, code, reason, url}. Exit 0 fetched, 3 refused, 1 HTTP error or failure.\n  Reads FETCH_ALLOW_HOSTS, FETCH_USER_AGENT, FETCH_MAX_BYTES, FETCH_TIMEOUT_MS like the fetcher;\n  --allow-host adds hosts to FETCH_ALLOW_HOSTS (loopback and private addresses are refused otherwise).',
    options: ['--allow-host <host>'],
    load: () => require('./commands/fetch') as { command: CliCommand },
  },
  {
    name: 'fetches',
    summary: 'list recent fetches from the fetch log (status, class, 304 counts), e.g. the bot walls and paywalls met',
    usage:
      'usage: newsflow fetches [--class CLASS] [--limit N]\n  prints one JSON line per URL, most recently fetched first (default limit 100)\n  CLASS: article, bot-wall, paywall, js-shell, empty, error-page, not-html, feed, refused:<code>, ...',
    options: ['--class <class>', '--limit <n>'],
    load: () => require('./commands/fetches') as { command: CliCommand },
  },
  {
    name: 'ingest',
    summary: 'submit one or more article URLs to the pipeline (a fetch request each)',
    usage:
      "usage: newsflow ingest URL...\n  publishes a fetch request per URL on the fetcher input topic; prints {url, articleId, traceId} per URL\n  (each request starts its article's trace: traceId finds it in the trace backend and in the store)",
    options: [],
    load: () => require('./commands/ingest') as { command: CliCommand },
  },
  {
    name: 'migrate',
    summary: 'apply pending database migrations to DATABASE_URL',
    usage: 'usage: newsflow migrate\n  applies pending TypeORM migrations; prints {"applied":[...]}',
    options: [],
    load: () => require('./commands/migrate') as { command: CliCommand },
  },
  {
    name: 'search',
    summary: 'full-text search of the stored articles (ranked, with highlighted snippets)',
    usage:
      'usage: newsflow search [--limit N] [--language xx] [--] "QUERY"\n  a query that starts with "-" goes after --\n  web-search syntax: words, "a phrase", -excluded, OR; each article is matched in its own language\n  prints one JSON line per hit, best first: {"id","url","title","publishedAt","rank","snippet"}\n  (snippet: HTML, matched words in <mark>); --limit 1-100, default 10; reads DATABASE_URL',
    options: ['--limit <n>', '--language <xx>'],
    load: () => require('./commands/search') as { command: CliCommand },
  },
  {
    name: 'similar',
    summary: 'same-story similarity in [0, 1] for JSON lines {"id","text1","text2"} on stdin',
    usage:
      'usage: newsflow similar --jsonl < pairs.jsonl\n  Reads JSON lines {"id","text1","text2"} (optional "title1", "title2", "published1", "published2") on stdin and\n  prints one line {"id","similarity"} per input, similarity in [0, 1] (same story from 0.5 up). Entities, places\n  and the language of each text are found as the enricher finds them; term rarity comes from document frequencies\n  the run keeps, seeded with each batch of 1,000 lines before it is scored. A malformed line prints an error on\n  stderr with its line number and {"id","similarity":null,"error"} on stdout; the run goes on and exits 1 at the end.',
    options: ['--jsonl'],
    load: () => require('./commands/similar') as { command: CliCommand },
  },
  {
    name: 'sources',
    summary: 'manage the sources the fetcher polls (feeds, sitemaps, URL lists)',
    usage:
      'usage: newsflow sources add URL [--kind feed|sitemap|url-list] [--every SECONDS] [--name NAME]\n       newsflow sources list\n       newsflow sources remove ID|URL\n       newsflow sources import FILE [--kind feed|sitemap|url-list] [--every SECONDS]\n  add     registers (or updates) a source, due now; prints it as JSON\n  list    prints every source as a JSON line (with last poll, last success, last error)\n  import  an OPML file (its feeds) or a text file with one URL per line',
    options: ['--kind <kind>', '--every <seconds>', '--name <name>'],
    load: () => require('./commands/sources') as { command: CliCommand },
  },
  {
    name: 'stack',
    summary: 'start, stop or inspect the local Kafka + PostgreSQL stack (topics and migrations included)',
    usage:
      'usage: newsflow stack up|down|status [--quiet] [--api]\n  up      start Kafka (KRaft, 127.0.0.1:9092) and PostgreSQL (127.0.0.1:55432) unless KAFKA_BROKERS /\n          DATABASE_URL already answer; create the topics; apply the migrations. Prints one JSON line.\n  --api   with up: also start the query API on 127.0.0.1:3000 as the reader role; its key is in .stack/api-key\n  down    stop the API, the broker and the database this stack started (others are left alone)\n  status  print what answers, as JSON',
    options: ['--quiet', '--api'],
    load: () => require('./commands/stack') as { command: CliCommand },
  },
  {
    name: 'status',
    summary: 'consumer lag per stage, retries, dead letters, topic sizes, stored articles, last poll per source',
    usage:
      'usage: newsflow status [--json] [--watch [SECONDS]]\n  --json    one JSON object (one per refresh with --watch)\n  --watch   refresh every SECONDS (default 2) with the indexing rate and backlog, until interrupted',
    options: ['--json', '--watch [seconds]'],
    load: () => require('./commands/status') as { command: CliCommand },
  },
  {
    name: 'stories',
    summary: 'stories of the store (one event across outlets), most recently active first, or one story’s articles',
    usage:
      'usage: newsflow stories [--limit N] [--status open|closed] [--min-articles N]\n       newsflow stories STORY_ID [--limit N]\n  without an id: one JSON line per story, most recently active first:\n    {"id","title","articleCount","duplicateCount","firstSeenAt","lastSeenAt","closed","topEntities","topPlaces"}\n  with an id: the story on stderr, then one JSON line per article, newest first: {"id","url","title","publishedAt"}\n  --limit 1-100, default 20; reads DATABASE_URL',
    options: ['--limit <n>', '--status <open|closed>', '--min-articles <n>'],
    load: () => require('./commands/stories') as { command: CliCommand },
  },
  {
    name: 'topics',
    summary: 'create (or list) the declared Kafka topics on the cluster in KAFKA_BROKERS',
    usage:
      'usage: newsflow topics create [--replication-factor N] | newsflow topics list\n  create  creates every declared topic that is missing (pipeline topics and one dead-letter topic per stage)\n  list    prints the declared topics as JSON lines',
    options: ['--replication-factor <n>'],
    load: () => require('./commands/topics') as { command: CliCommand },
  },
];
