export * from './news-site-server';
export * from './reference-page';
export * from './misbehaving-newsroom';
export * from './generated-articles';
export * from './story-pages';
