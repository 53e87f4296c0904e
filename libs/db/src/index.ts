export * from './database-config';
export * from './data-source';
export * from './content-hash';
export * from './article-store';
export * from './entities/source.entity';
export * from './entities/article.entity';
export * from './entities/article-revision.entity';
