import { articleIdFor } from './article-id';
import { ContractViolation } from './contract';
import { FetchRequestContract } from './messages/fetch-request';
import { FetchedPageContract } from './messages/fetched-page';
import { IndexedArticleContract } from './messages/indexed-article';

describe('articleIdFor', () => {
  it('is stable across spellings of one canonical URL and ignores the fragment', () => {
    const a = articleIdFor('https://www.presstv.ir/Detail/2024/04/26/724123/x');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(articleIdFor('HTTPS://WWW.PRESSTV.IR:443/Detail/2024/04/26/724123/x#comments')).toBe(a);
    expect(articleIdFor('https://www.presstv.ir/Detail/2024/04/26/724124/x')).not.toBe(a);
  });
});

describe('contracts', () => {
  const good = {
    schemaVersion: 1,
    articleId: articleIdFor('http://127.0.0.1:8080/a'),
    url: 'http://127.0.0.1:8080/a',
    requestedAt: new Date().toISOString(),
    origin: { kind: 'ingest', sourceId: null },
  };

  it('accepts a valid message', () => {
    expect(FetchRequestContract.validate(good)).toBe(good);
  });

  it('rejects a broken one, listing every problem', () => {
    let err: ContractViolation | undefined;
    try {
      FetchRequestContract.validate({ ...good, articleId: 'nope', url: 'ftp://x', origin: { kind: 'rumour' } });
    } catch (e) {
      err = e as ContractViolation;
    }
    expect(err).toBeInstanceOf(ContractViolation);
    expect(err!.contractId).toBe('fetch-request/1');
    expect(err!.problems.join('\n')).toMatch(/articleId/);
    expect(err!.problems.join('\n')).toMatch(/url/);
    expect(err!.problems.join('\n')).toMatch(/origin/);
  });

  it('takes a fetched page with any visible HTML, and refuses an empty or blank one', () => {
    const at = new Date().toISOString();
    const page = {
      schemaVersion: 1,
      articleId: good.articleId,
      url: good.url,
      finalUrl: good.url,
      canonicalUrl: good.url,
      sourceId: null,
      fetchedAt: at,
      status: 200,
      contentType: 'text/html',
      charset: 'utf-8',
      etag: null,
      lastModified: null,
      html: `\n  <p>${'x'.repeat(200_000)}</p>`,
      timings: { fetchStartedAt: at, fetchedAt: at },
    };
    expect(FetchedPageContract.validate(page)).toBe(page);
    expect(() => FetchedPageContract.validate({ ...page, html: '' })).toThrow(/\/html/);
    expect(() => FetchedPageContract.validate({ ...page, html: ' \n\t ' })).toThrow(/\/html/);
  });

  it('checks enums and formats of the indexed event', () => {
    expect(() => IndexedArticleContract.validate({ schemaVersion: 1, event: 'deleted' })).toThrow(ContractViolation);
  });
});
