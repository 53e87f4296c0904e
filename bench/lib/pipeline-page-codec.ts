import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FetchedPageContract, FetchedPageV1, FetchedPageV2Contract, recordCodecOf } from '@newsflow/contracts';
import { encodeRecord } from '@newsflow/messaging';
import { fetchedPageFor } from '@newsflow/pipeline';
import { devSetsDir, loadDevSet } from './extract-devsets';

/**
 * What one hop costs a page, each side, by contract version: fetched-page/1 (validate, JSON.stringify, the bytes;
 * on receipt the string, JSON.parse, validate) against fetched-page/2 (validate, the page's bytes and headers; on
 * receipt the headers, the string, validate), and what gzip would add. On the dev-set pages of 100 KB or more: the
 * pipeline benchmark's generated pages are ~14 KB, where the difference is lost in the noise of a whole run.
 */
export interface PageCodecCosts {
  pages: number;
  avgKb: number;
  v1ProduceMs: number;
  v1ConsumeMs: number;
  v2ProduceMs: number;
  v2ConsumeMs: number;
  gzipMs: number;
  gzipRatio: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms per call of `f` over the pages (three warm-up rounds, then ten measured). */
function perPage(pages: FetchedPageV1[], f: (page: FetchedPageV1, i: number) => void): number {
  for (let r = 0; r < 3; r++) pages.forEach(f);
  const t = cpuMs();
  for (let r = 0; r < 10; r++) pages.forEach(f);
  return (cpuMs() - t) / (10 * pages.length);
}

export function measurePageCodec(): PageCodecCosts | null {
  if (!existsSync(path.join(devSetsDir(), 'extraction'))) return null;
  const pages = loadDevSet('extraction')
    .filter((p) => p.html.length >= 100_000)
    .slice(0, 40)
    .map((p) => fetchedPageFor(p.html, p.url));
  if (!pages.length) return null;
  const v2 = (p: FetchedPageV1) => ({ ...p, schemaVersion: 2 as const });
  const codec = recordCodecOf(FetchedPageV2Contract)!;
  const v1Records = pages.map((p) => Buffer.from(JSON.stringify(p)));
  // As kafkajs hands them over: header values as Buffers.
  const v2Records = pages.map((p) => {
    const r = encodeRecord({ contract: FetchedPageV2Contract, key: p.articleId, value: v2(p) });
    const headers = Object.fromEntries(Object.entries(r.headers!).map(([k, v]) => [k, Buffer.from(String(v))]));
    return { value: r.value as Buffer, headers };
  });
  const gzipped = v2Records.map((r) => gzipSync(r.value).length);
  return {
    pages: pages.length,
    avgKb: pages.reduce((a, p) => a + p.html.length, 0) / pages.length / 1024,
    v1ProduceMs: perPage(pages, (p) => {
      Buffer.from(encodeRecord({ contract: FetchedPageContract, key: p.articleId, value: p }).value as string);
    }),
    v1ConsumeMs: perPage(pages, (_p, i) => FetchedPageContract.validate(JSON.parse(v1Records[i].toString('utf8')))),
    v2ProduceMs: perPage(pages, (p) =>
      encodeRecord({ contract: FetchedPageV2Contract, key: p.articleId, value: v2(p) }),
    ),
    v2ConsumeMs: perPage(pages, (_p, i) =>
      FetchedPageV2Contract.validate(codec.decode(v2Records[i].value, v2Records[i].headers)),
    ),
    gzipMs: perPage(pages, (_p, i) => gzipSync(v2Records[i].value)),
    gzipRatio: gzipped.reduce((a, b) => a + b, 0) / v2Records.reduce((a, r) => a + r.value.length, 0),
  };
}

export function printPageCodec(write: (line: string) => void, c: PageCodecCosts | null): void {
  if (!c) {
    write('\npage codec: no dev-set pages of 100 KB or more (../shared/devsets/extraction absent)');
    return;
  }
  const f = (x: number) => x.toFixed(2);
  write(`\none hop of a page, CPU ms per page (${c.pages} dev-set pages, ${c.avgKb.toFixed(0)} KB on average)`);
  write(`  fetched-page/1 (JSON)   produce ${f(c.v1ProduceMs)}  consume ${f(c.v1ConsumeMs)}`);
  write(`  fetched-page/2 (bytes)  produce ${f(c.v2ProduceMs)}  consume ${f(c.v2ConsumeMs)}`);
  write(`  gzip of the value would add ${f(c.gzipMs)} to the producer (ratio ${c.gzipRatio.toFixed(2)}): off`);
}
