import { FetchMetrics } from './fetch-metrics';
import { FetchFailure, FetchRefusal } from './fetch-refusal';
import { FetchResult } from './safe-http-client';

const result = (status: number, classification: FetchResult['classification']): FetchResult =>
  ({ status, classification, notModified: status === 304 }) as FetchResult;

describe('FetchMetrics', () => {
  it('counts outcomes by class, requests per host and the 304 ratio of conditional requests', () => {
    const m = new FetchMetrics();
    m.record('https://A.example/1', result(200, 'article'));
    m.record('https://a.example/feed', result(304, 'not-modified'), true);
    m.record('https://a.example/feed2', result(200, 'feed'), true);
    m.record('https://b.example/x', result(403, 'bot-wall'));
    m.record('http://127.0.0.1/', new FetchRefusal('address-refused', 'loopback', 'http://127.0.0.1/'));
    m.record('https://c.example/', new FetchFailure('dns', 'NXDOMAIN', 'https://c.example/'));
    expect(m.snapshot()).toEqual({
      outcomes: {
        article: 1,
        'not-modified': 1,
        feed: 1,
        'bot-wall': 1,
        'refused:address-refused': 1,
        'failed:dns': 1,
      },
      requestsByHost: { 'a.example': 3, 'b.example': 1, '127.0.0.1': 1, 'c.example': 1 },
      statusClasses: { '2xx': 2, '3xx': 1, '4xx': 1 },
      responses: 4,
      conditionalRequests: 2,
      notModified: 1,
      notModifiedRatio: 0.5,
    });
  });

  it('reports a zero ratio before any conditional request', () => {
    expect(new FetchMetrics().snapshot().notModifiedRatio).toBe(0);
  });
});
