import { randomBytes } from 'node:crypto';
import { FetchedPageHeaders, FetchedPageV2Contract, Headers } from '@newsflow/contracts';
import { renderReferenceArticlePage, seededRandom } from '@newsflow/fixture-site';
import { enrichedArticle, fetchedPage, parsedArticle, uniqueUrl } from './sample-messages';

/**
 * A corpus of hostile inputs for every stage's input topic. Each carries its own key (an article id when the
 * value has one), so a test can follow it to the store or to a dead letter.
 */
export interface HostileInput {
  name: string;
  topic: 'fetch-requests' | 'pages' | 'pages-v2' | 'parsed' | 'enriched';
  key: string;
  value: Buffer | string | null;
  /** Record headers (fetched-page/2 carries the page's metadata in them). */
  headers?: Record<string, string>;
}

/** Garbage that is not a valid message, for every topic. */
function brokenMessages(topic: HostileInput['topic'], base: string, tag: string): HostileInput[] {
  const k = (n: string) => `hostile-${tag}-${topic}-${n}`;
  return [
    { name: 'not JSON', topic, key: k('not-json'), value: '{"url": "http://x", oops' },
    { name: 'empty value', topic, key: k('empty'), value: '' },
    { name: 'null value', topic, key: k('null'), value: null },
    { name: 'JSON null', topic, key: k('json-null'), value: 'null' },
    { name: 'JSON array', topic, key: k('array'), value: '[1,2,3]' },
    { name: 'binary', topic, key: k('binary'), value: randomBytes(4096) },
    {
      name: 'invalid UTF-8',
      topic,
      key: k('bad-utf8'),
      value: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
    },
    { name: 'wrong schema version', topic, key: k('v9'), value: JSON.stringify({ schemaVersion: 9, articleId: 'x' }) },
    {
      name: 'wrong types',
      topic,
      key: k('types'),
      value: JSON.stringify({ schemaVersion: 1, articleId: 42, url: ['http://x'] }),
    },
    {
      name: 'absurdly long field',
      topic,
      key: k('long'),
      value: JSON.stringify({ schemaVersion: 1, url: `${base}/${'a'.repeat(2_000_000)}` }),
    },
  ];
}

export function hostileCorpus(siteBase: string, tag: string, fuzzCount = 40): HostileInput[] {
  const inputs: HostileInput[] = [];
  for (const topic of ['fetch-requests', 'pages', 'parsed', 'enriched'] as const)
    inputs.push(...brokenMessages(topic, siteBase, tag));

  const page = (name: string, html: string): HostileInput => {
    const msg = fetchedPage(uniqueUrl(siteBase), siteBase);
    msg.html = html;
    return { name, topic: 'pages', key: msg.articleId, value: JSON.stringify(msg) };
  };
  const reference = renderReferenceArticlePage({ baseUrl: siteBase });
  const named: HostileInput[] = [];
  named.push(
    page(
      'HTML without any text',
      '<html><head><script>var a=1;</script></head><body><div id="app"></div></body></html>',
    ),
    page('only markup soup', '<<<>>><div<p<<a href=">>></table></tr><td>'.repeat(200)),
    page('deeply nested tables', '<table><tr><td>'.repeat(5000) + 'deep text' + '</td></tr></table>'.repeat(5000)),
    page('unclosed everything', reference.replace(/<\/[a-z]+>/g, '')),
    page(
      '10 MB page',
      reference.replace(
        '</body>',
        `<div>${'<p>Filler paragraph of a very long page. </p>'.repeat(230_000)}</div></body>`,
      ),
    ),
    page('replacement characters (invalid UTF-8 decoded)', reference.replace(/e/g, '\ufffd')),
    page('NUL characters in the text', reference.replace(/\. /g, '.\u0000 ')),
    page('binary content as text', randomBytes(200_000).toString('latin1')),
    page(
      'right-to-left text',
      `<html lang="ar" dir="rtl"><body><article><h1>عنوان الخبر</h1>${'<p>هذا نص عربي طويل عن الأخبار السياسية في المنطقة.</p>'.repeat(30)}</article></body></html>`,
    ),
    page('absurd attributes', `<html><body><p ${'data-x="y" '.repeat(50_000)}>text</p></body></html>`),
  );
  inputs.push(...named);
  // The same pages as fetched-page/2 records (the page as bytes, its metadata in headers), then broken ones.
  for (const input of named) inputs.push(asPageV2(input, siteBase));
  inputs.push(...brokenPageV2Records(siteBase, tag));

  // Fuzz: the reference page cut at random points, with random bytes flipped and tags shuffled.
  const rnd = seededRandom(1234);
  for (let i = 0; i < fuzzCount; i++) {
    let html = reference.slice(0, Math.floor(rnd() * reference.length));
    const chars = html.split('');
    for (let f = 0; f < 50; f++)
      chars[Math.floor(rnd() * chars.length)] = String.fromCharCode(Math.floor(rnd() * 0x2fff));
    html = chars.join('');
    if (i % 3 === 0) html = html.replace(/<\/?(div|p|span|section)/g, (m) => (rnd() < 0.5 ? m.replace('/', '') : m));
    inputs.push(page(`fuzzed reference page #${i}`, html || '<p>'));
  }

  const parsedWith = (name: string, text: string, title: string | null = 'Hostile title'): HostileInput => {
    const msg = parsedArticle(uniqueUrl(siteBase));
    msg.article.text = text;
    msg.article.title = title;
    msg.article.blocks = [{ kind: 'paragraph', text }];
    return { name, topic: 'parsed', key: msg.articleId, value: JSON.stringify(msg) };
  };
  inputs.push(
    parsedWith('empty text', ''),
    parsedWith('1 MB of words', 'Word Salad Corporation met President Nobody in Atlantis on Friday. '.repeat(16_000)),
    parsedWith('punctuation only', '!?.,;:'.repeat(10_000)),
    parsedWith('emoji and symbols', '🚀📰 '.repeat(5000)),
    parsedWith('one endless word', 'x'.repeat(500_000)),
    parsedWith('quotes never closed', '"'.repeat(10_000) + ' said Nobody'),
    parsedWith('title of 100 KB', 'Short body text about Moscow.', 'T'.repeat(100_000).slice(0, 1999)),
  );

  const enrichedWith = (name: string, edit: (m: ReturnType<typeof enrichedArticle>) => void): HostileInput => {
    const msg = enrichedArticle(uniqueUrl(siteBase));
    edit(msg);
    return { name, topic: 'enriched', key: msg.articleId, value: JSON.stringify(msg) };
  };
  inputs.push(
    enrichedWith('10,000 entities', (m) => {
      m.enrichment.entities = Array.from({ length: 10_000 }, (_, i) => ({
        id: `MISC:hostile-${i}`,
        type: 'MISC' as const,
        name: `Thing ${i}`,
        aliases: [],
        mentions: [{ start: 0, end: 1, text: 'A' }],
      }));
    }),
    enrichedWith('NUL characters everywhere', (m) => {
      m.article.text = `Nul\u0000 text`;
      m.article.title = 'Nul\u0000 title';
    }),
    enrichedWith('places out of range', (m) => {
      m.enrichment.places = [{ id: 'geo:x', name: 'Nowhere', countryCode: 'XX', lat: 91, lon: 200, mentions: [] }];
    }),
    enrichedWith('a date PostgreSQL cannot store', (m) => {
      m.article.publishedAt = '99999-01-01';
    }),
  );
  return inputs;
}

/** A fetched-page/1 hostile input re-encoded as a fetched-page/2 record, under its own URL and article id. */
function asPageV2(input: HostileInput, siteBase: string): HostileInput {
  const v1 = JSON.parse(String(input.value)) as ReturnType<typeof fetchedPage>;
  const msg = { ...fetchedPage(uniqueUrl(siteBase), siteBase), html: v1.html, schemaVersion: 2 as const };
  const { value, headers } = FetchedPageV2Contract.codec.encode(msg);
  return { name: `${input.name} (v2)`, topic: 'pages-v2', key: msg.articleId, value, headers: v2Headers(headers) };
}

function v2Headers(headers: Record<string, string>): Record<string, string> {
  return { [Headers.schema]: 'fetched-page/2', [Headers.contentType]: 'text/html; charset=utf-8', ...headers };
}

/** fetched-page/2 records whose headers or bytes break the contract: each must end in a dead letter. */
function brokenPageV2Records(siteBase: string, tag: string): HostileInput[] {
  const k = (n: string) => `hostile-${tag}-pages-v2-${n}`;
  const good = () => {
    const msg = { ...fetchedPage(uniqueUrl(siteBase), siteBase), schemaVersion: 2 as const };
    return FetchedPageV2Contract.codec.encode(msg);
  };
  const edited = (name: string, key: string, edit: (h: Record<string, string>) => void, value?: Buffer) => {
    const record = good();
    const headers = v2Headers(record.headers);
    edit(headers);
    return { name, topic: 'pages-v2' as const, key: k(key), value: value ?? record.value, headers };
  };
  const H = FetchedPageHeaders;
  return [
    { name: 'v2 page without headers', topic: 'pages-v2', key: k('no-headers'), value: good().value },
    edited('v2 timings header not JSON', 'timings', (h) => (h[H.timings] = '{oops')),
    edited('v2 status header not a number', 'status', (h) => (h[H.status] = 'two hundred')),
    edited('v2 article id header not an id', 'article-id', (h) => (h[H.articleId] = '../../etc/passwd')),
    edited('v2 fetched-at header not a date', 'fetched-at', (h) => (h[H.fetchedAt] = 'yesterday')),
    edited('v2 url header missing', 'no-url', (h) => delete h[H.url]),
    edited('v2 empty page', 'empty', () => undefined, Buffer.alloc(0)),
    edited('v2 blank page', 'blank', () => undefined, Buffer.from(' \n\t '.repeat(100))),
    { name: 'v2 null value', topic: 'pages-v2', key: k('null'), value: null, headers: v2Headers(good().headers) },
  ];
}
