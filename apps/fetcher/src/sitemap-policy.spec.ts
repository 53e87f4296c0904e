import { MisbehavingNewsroom, startMisbehavingNewsroom } from '@newsflow/fixture-site';
import { fetchPolicyFromEnv, FetchRefusal, safeFetch } from '@newsflow/fetching';
import { sitemapFetchPolicy } from './sitemap-policy';

describe('sitemapFetchPolicy', () => {
  it('raises the byte caps for sitemaps and keeps everything else of the page policy', () => {
    const pages = {
      ...fetchPolicyFromEnv({ FETCH_ALLOW_HOSTS: '127.0.0.1:1' }),
      maxResponseBytes: 1000,
      maxDecompressedBytes: 1000,
    };
    const sitemaps = sitemapFetchPolicy(pages, 50 * 1024 * 1024);
    expect(sitemaps).toEqual({ ...pages, maxResponseBytes: 50 * 1024 * 1024, maxDecompressedBytes: 50 * 1024 * 1024 });
    // A deployment with larger page caps than the sitemap setting keeps its larger caps.
    expect(sitemapFetchPolicy(pages, 10).maxResponseBytes).toBe(1000);
  });

  describe('against the newsroom', () => {
    let newsroom: MisbehavingNewsroom;
    beforeAll(async () => {
      newsroom = await startMisbehavingNewsroom();
    });
    afterAll(() => newsroom.close());

    it('reads a sitemap the page cap would refuse', async () => {
      const port = new URL(newsroom.url).port;
      const pages = { ...fetchPolicyFromEnv({ FETCH_ALLOW_HOSTS: `127.0.0.1:${port}` }), maxResponseBytes: 300 };
      const url = `${newsroom.url}/sitemaps/news.xml`;
      await expect(safeFetch(url, pages)).rejects.toMatchObject({ code: 'too-large' } satisfies Partial<FetchRefusal>);
      const r = await safeFetch(url, sitemapFetchPolicy(pages, 1024 * 1024));
      expect(r.status).toBe(200);
      expect(r.bytes).toBeGreaterThan(300);
    });
  });
});
