import { extractArticle } from '@newsflow/extraction';

/** What a system returns for one page (the fields the scorer reads). */
export interface SystemOutput {
  text: string;
  title?: string | null;
  authors?: string[];
  published?: string | null;
}

export type SystemName = 'ours' | 'readability-linkedom' | 'readability-jsdom';
export const SYSTEMS: SystemName[] = ['ours', 'readability-linkedom', 'readability-jsdom'];

export type Extractor = (html: string, url: string) => SystemOutput;

/**
 * Loads one system lazily (so each child process only pays for its own dependencies). Readability runs with
 * its default options, on a linkedom or a jsdom document built from the same decoded string.
 */
export function loadSystem(name: SystemName): Extractor {
  if (name === 'ours') {
    return (html, url) => {
      const article = extractArticle(html, url);
      return { text: article.text, title: article.title, authors: article.authors, published: article.publishedAt };
    };
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  if (name === 'readability-linkedom') {
    const { parseHTML } = require('linkedom') as { parseHTML: (html: string) => { document: Document } };
    return (html) => {
      const { document } = parseHTML(html);
      const article = new Readability(document).parse();
      return {
        text: article?.textContent ?? '',
        title: article?.title ?? null,
        authors: splitByline(article?.byline),
        published: article?.publishedTime ?? null,
      };
    };
  }
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      const article = new Readability(dom.window.document).parse();
      return {
        text: article?.textContent ?? '',
        title: article?.title ?? null,
        authors: splitByline(article?.byline),
        published: article?.publishedTime ?? null,
      };
    } finally {
      dom.window.close();
    }
  };
}

function splitByline(byline: string | null | undefined): string[] {
  return byline ? [byline] : [];
}
