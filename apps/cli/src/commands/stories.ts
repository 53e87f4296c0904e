import {
  ArticleQueryError,
  getStory,
  listStories,
  parseArticleQuery,
  parseStoryQuery,
  searchArticles,
  STORY_ID_FORMAT,
} from '@newsflow/db';
import { CliCommand, UsageError } from '../command';
import { withDatabase } from '../with-database';

const VALUED = ['--limit', '--status', '--min-articles'];

export const command: CliCommand = {
  name: 'stories',
  summary: 'stories of the store (one event across outlets), most recently active first, or one story’s articles',
  usage: [
    'usage: newsflow stories [--limit N] [--status open|closed] [--min-articles N]',
    '       newsflow stories STORY_ID [--limit N]',
    '  without an id: one JSON line per story, most recently active first:',
    '    {"id","title","articleCount","duplicateCount","firstSeenAt","lastSeenAt","closed","topEntities","topPlaces"}',
    '  with an id: the story on stderr, then one JSON line per article, newest first: {"id","url","title","publishedAt"}',
    '  --limit 1-100, default 20; reads DATABASE_URL',
  ].join('\n'),
  options: ['--limit <n>', '--status <open|closed>', '--min-articles <n>'],
  async run(argv) {
    const args = [...argv];
    const raw: Record<string, string> = {};
    for (let i = 0; i < args.length; i++) {
      if (!VALUED.includes(args[i])) continue;
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${args[i]} needs a value`);
      raw[args[i] === '--min-articles' ? 'minArticles' : args[i].slice(2)] = value;
      args.splice(i, 2);
      i--;
    }
    const unknown = args.find((a) => a.startsWith('--'));
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    if (args.length > 1) throw new UsageError('at most one story id');
    const usage = (err: unknown): never => {
      if (err instanceof ArticleQueryError)
        throw new UsageError(
          err.problems
            .map((p) => p.replace(/^(\w+)=/, (_, n: string) => `--${n === 'minArticles' ? 'min-articles' : n}=`))
            .join('; '),
        );
      throw err;
    };
    if (args.length === 0) {
      let query;
      try {
        query = parseStoryQuery(raw);
      } catch (err) {
        return usage(err);
      }
      const page = await withDatabase((ds) => listStories(ds, query));
      for (const s of page.items) {
        const { id, title, articleCount, duplicateCount, firstSeenAt, lastSeenAt, closed, topEntities, topPlaces } = s;
        process.stdout.write(
          JSON.stringify({
            id,
            title,
            articleCount,
            duplicateCount,
            firstSeenAt,
            lastSeenAt,
            closed,
            topEntities,
            topPlaces,
          }) + '\n',
        );
      }
      if (!page.items.length) process.stderr.write('newsflow stories: no story\n');
      return 0;
    }
    const id = args[0];
    if (!STORY_ID_FORMAT.test(id)) throw new UsageError(`${id}: expected a story id (32 lower-case hex characters)`);
    if (raw.status || raw.minArticles) throw new UsageError('--status and --min-articles list stories; not with an id');
    let query;
    try {
      query = { ...parseArticleQuery({ limit: raw.limit ?? '20' }), storyId: id };
    } catch (err) {
      return usage(err);
    }
    const found = await withDatabase(async (ds) => {
      const story = await getStory(ds, id);
      return story ? { story, page: await searchArticles(ds, query) } : null;
    });
    if (!found) {
      process.stderr.write(`newsflow stories: no story ${id}\n`);
      return 1;
    }
    process.stderr.write(
      `${found.story.title ?? '(untitled)'}: ${found.story.articleCount} articles, ` +
        `${found.story.firstSeenAt} to ${found.story.lastSeenAt}${found.story.closed ? ', closed' : ''}\n`,
    );
    for (const a of found.page.items) {
      process.stdout.write(JSON.stringify({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt }) + '\n');
    }
    return 0;
  },
};
