import { DataSource } from 'typeorm';
import { ArticleRevisionEntity } from './entities/article-revision.entity';
import { ArticleEntity } from './entities/article.entity';
import { SourceEntity } from './entities/source.entity';
import { InitialSchema1764300000000 } from './migrations/1764300000000-initial-schema';
import { FetchState1764400000000 } from './migrations/1764400000000-fetch-state';
import { ArticleGraph1764500000000 } from './migrations/1764500000000-article-graph';
import { DlqReplays1764700000000 } from './migrations/1764700000000-dlq-replays';
import { EntityMentionsInline1764800000000 } from './migrations/1764800000000-entity-mentions-inline';
import { Lz4Compression1764900000000 } from './migrations/1764900000000-lz4-compression';
import { LighterArticleWrites1765000000000 } from './migrations/1765000000000-lighter-article-writes';
import { LinksWithoutDimensionKeys1765100000000 } from './migrations/1765100000000-links-without-dimension-keys';
import { SearchNames1765200000000 } from './migrations/1765200000000-search-names';
import { DlqReplayRecordIdentity1765300000000 } from './migrations/1765300000000-dlq-replay-record-identity';
import { ReaderGrants1764600000000 } from './migrations/1764600000000-reader-grants';
import { ReaderConsumerTablesOnly1765400000000 } from './migrations/1765400000000-reader-consumer-tables-only';
import { Stories1765500000000 } from './migrations/1765500000000-stories';

export const ENTITIES = [SourceEntity, ArticleEntity, ArticleRevisionEntity];
export const MIGRATIONS = [
  InitialSchema1764300000000,
  FetchState1764400000000,
  ArticleGraph1764500000000,
  ReaderGrants1764600000000,
  DlqReplays1764700000000,
  EntityMentionsInline1764800000000,
  Lz4Compression1764900000000,
  LighterArticleWrites1765000000000,
  LinksWithoutDimensionKeys1765100000000,
  SearchNames1765200000000,
  DlqReplayRecordIdentity1765300000000,
  ReaderConsumerTablesOnly1765400000000,
  Stories1765500000000,
];

/** A TypeORM DataSource for Newsflow's schema. Never `synchronize`: the schema changes only through migrations. */
export function createDataSource(
  databaseUrl: string,
  /** `schema`: work in this schema instead of public (tests use a throw-away schema for isolation). */
  options: { applicationName?: string; poolSize?: number; schema?: string } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'newsflow_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName ?? 'newsflow',
    extra: {
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
    },
  });
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(databaseUrl: string, schema?: string): Promise<string[]> {
  const ds = createDataSource(databaseUrl, { applicationName: 'newsflow-migrate', poolSize: 1, schema });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
