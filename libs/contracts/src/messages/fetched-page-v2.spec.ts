import { ContractViolation } from '../contract';
import { recordCodecOf } from '../record-codec';
import { FetchedPageHeaders, FetchedPageV2, FetchedPageV2Contract } from './fetched-page-v2';

const page: FetchedPageV2 = {
  schemaVersion: 2,
  articleId: 'a'.repeat(32),
  url: 'https://news.example/a?utm=1',
  finalUrl: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  sourceId: null,
  fetchedAt: '2026-12-03T10:00:00.000Z',
  status: 200,
  contentType: 'text/html; charset=windows-1252',
  charset: 'windows-1252',
  etag: '"x1"',
  lastModified: null,
  html: '<html><body><p>Ünïcode “quotes” and a \\ backslash, "double quotes",\nnewlines</p></body></html>',
  timings: { fetchStartedAt: '2026-12-03T09:59:59.000Z', fetchedAt: '2026-12-03T10:00:00.000Z' },
};

const codec = recordCodecOf(FetchedPageV2Contract)!;

/** What a consumer gets from kafkajs: header values as Buffers. */
function received(headers: Record<string, string>) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)]));
}

describe('fetched-page/2', () => {
  it('carries the page as its UTF-8 bytes, not JSON, and reads back the same message', () => {
    const record = codec.encode(FetchedPageV2Contract.validate(page));
    expect(record.value.equals(Buffer.from(page.html, 'utf8'))).toBe(true);
    expect(record.headers[FetchedPageHeaders.status]).toBe('200');
    expect(codec.contentType(page)).toBe('text/html; charset=utf-8');
    const decoded = FetchedPageV2Contract.validate(codec.decode(record.value, received(record.headers)));
    expect(decoded).toEqual(page);
  });

  it('writes a null as an absent header and reads an absent one back as null', () => {
    const record = codec.encode({ ...page, sourceId: null, etag: null });
    expect(record.headers[FetchedPageHeaders.sourceId]).toBeUndefined();
    expect(record.headers[FetchedPageHeaders.etag]).toBeUndefined();
    const decoded = codec.decode(record.value, received(record.headers)) as FetchedPageV2;
    expect([decoded.sourceId, decoded.etag, decoded.lastModified]).toEqual([null, null, null]);
    const withSource = codec.decode(record.value, received(codec.encode({ ...page, sourceId: 's-1' }).headers));
    expect((withSource as FetchedPageV2).sourceId).toBe('s-1');
  });

  it('refuses a record without its metadata headers, naming each one missing', () => {
    const { headers, value } = codec.encode(page);
    const partial = received(headers);
    delete partial[FetchedPageHeaders.url];
    delete partial[FetchedPageHeaders.timings];
    expect(() => codec.decode(value, partial)).toThrow(ContractViolation);
    expect(() => codec.decode(value, partial)).toThrow(/newsflow-page-url is missing.*newsflow-timings is missing/);
  });

  it('refuses bad metadata and a blank page through the schema', () => {
    const { headers, value } = codec.encode(page);
    const bad =
      (patch: Record<string, string>, body: Buffer = value) =>
      () =>
        FetchedPageV2Contract.validate(codec.decode(body, received({ ...headers, ...patch })));
    expect(bad({ [FetchedPageHeaders.status]: 'OK' })).toThrow(/\/status/);
    expect(bad({ [FetchedPageHeaders.url]: 'ftp://x' })).toThrow(/\/url/);
    expect(bad({ [FetchedPageHeaders.articleId]: 'nope' })).toThrow(/\/articleId/);
    expect(bad({ [FetchedPageHeaders.timings]: '{not json' })).toThrow(/newsflow-timings is not JSON/);
    expect(bad({}, Buffer.from(' \n\t '))).toThrow(/\/html/);
  });

  it('is a contract of its own: version 2 on the .v2 topic, beside fetched-page/1', () => {
    expect(FetchedPageV2Contract.id).toBe('fetched-page/2');
    expect(FetchedPageV2Contract.topic).toBe('newsflow.pages.fetched.v2');
    expect(() => FetchedPageV2Contract.validate({ ...page, schemaVersion: 1 })).toThrow(/schemaVersion/);
  });
});
