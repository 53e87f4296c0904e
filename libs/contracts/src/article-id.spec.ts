import { articleIdFor, isRouteFragment } from './article-id';

describe('isRouteFragment', () => {
  it('calls hashbang and slash fragments routes and everything else an anchor', () => {
    for (const route of ['#!/story/1', '#/story/2', '!/story/1', '#!']) expect(isRouteFragment(route)).toBe(true);
    for (const anchor of ['', '#', '#top', '#section-2', '#comments', 'comments']) {
      expect(isRouteFragment(anchor)).toBe(false);
    }
  });
});

describe('articleIdFor with fragments', () => {
  it('gives each hash route its own id', () => {
    expect(articleIdFor('https://x.test/#!/story/1')).not.toBe(articleIdFor('https://x.test/#!/story/2'));
    expect(articleIdFor('https://x.test/#/story/1')).not.toBe(articleIdFor('https://x.test/#/story/2'));
    expect(articleIdFor('HTTPS://X.TEST:443/#!/story/1')).toBe(articleIdFor('https://x.test/#!/story/1'));
  });

  it('drops anchors, so a page and its anchors share one id', () => {
    expect(articleIdFor('https://x.test/a#top')).toBe(articleIdFor('https://x.test/a'));
    expect(articleIdFor('https://x.test/a#')).toBe(articleIdFor('https://x.test/a'));
  });

  it('keeps the ids of URLs without a route fragment', () => {
    // The id of https://x.test/a before route fragments existed: stored articles keep their keys.
    expect(articleIdFor('https://x.test/a#top')).toBe('d53531fcb1bcf3ac90fd53c8486a2943');
  });
});
