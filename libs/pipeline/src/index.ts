export * from './to-parsed-article';
export * from './to-enriched-article';
export * from './process-page';
