import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UsageError } from '../command';
import { ExtractIo, parseExtractArgs, runExtract } from './extract';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens - Example News</title>
<meta property="og:title" content="Harbour reopens"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Harbour reopens</h1>
<p>The harbour reopened on Monday after three weeks of repairs to the northern quay, the port authority said.</p>
<p>Fishing boats returned at dawn, and the first ferry is expected to dock on Tuesday morning, weather permitting.</p>
<p>Repairs cost less than planned, according to the authority, which thanked residents for their patience.</p>
</article></body></html>`;

function capture(): { io: ExtractIo; lines: () => Record<string, unknown>[]; warnings: string[] } {
  const out: string[] = [];
  const warnings: string[] = [];
  return {
    io: { write: async (line) => void out.push(line), warn: (m) => void warnings.push(m) },
    lines: () =>
      out
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    warnings,
  };
}

describe('parseExtractArgs', () => {
  it('reads options and files in any order', () => {
    expect(parseExtractArgs(['a.html', '--url', 'https://x.test/a', 'b.html.gz', '--budget', '500'])).toEqual({
      url: 'https://x.test/a',
      manifest: null,
      budgetMs: 500,
      files: ['a.html', 'b.html.gz'],
    });
    expect(parseExtractArgs(['--manifest', 'list.jsonl']).manifest).toBe('list.jsonl');
    expect(parseExtractArgs(['--', '--weird-name.html']).files).toEqual(['--weird-name.html']);
  });
  it('rejects missing values, unknown options and empty runs', () => {
    expect(() => parseExtractArgs(['--url'])).toThrow(UsageError);
    expect(() => parseExtractArgs(['--bogus', 'a.html'])).toThrow(UsageError);
    expect(() => parseExtractArgs([])).toThrow(UsageError);
    expect(() => parseExtractArgs(['--budget', '-3', 'a.html'])).toThrow(UsageError);
  });
});

describe('runExtract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsflow-extract-'));
  const plain = path.join(dir, 'harbour.html');
  const gzipped = path.join(dir, 'harbour-2.html.gz');
  const empty = path.join(dir, 'empty.html');
  writeFileSync(plain, PAGE);
  writeFileSync(gzipped, gzipSync(Buffer.from(PAGE)));
  writeFileSync(empty, '');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON line per file, gunzipping .gz files, with the given URL', async () => {
    const { io, lines } = capture();
    const code = await runExtract(['--url', 'https://news.test/2024/05/06/harbour', plain, gzipped], io);
    expect(code).toBe(0);
    const out = lines();
    expect(out).toHaveLength(2);
    for (const line of out) {
      expect(line.title).toBe('Harbour reopens');
      expect(line.url).toBe('https://news.test/2024/05/06/harbour');
      expect(line.publishedAt).toBe('2024-05-06');
      expect(String(line.text)).toContain('The harbour reopened on Monday');
      expect(String(line.text)).not.toContain('Home');
    }
    expect(out.map((l) => l.file)).toEqual([plain, gzipped]);
  });

  it('reports failures as error lines, goes on, and exits 1', async () => {
    const { io, lines, warnings } = capture();
    const missing = path.join(dir, 'missing.html');
    const code = await runExtract([empty, missing, plain], io);
    expect(code).toBe(1);
    const out = lines();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ file: empty, url: null, error: { code: 'EMPTY_INPUT' } });
    expect(out[1]).toMatchObject({ file: missing, error: { code: 'ENOENT' } });
    expect(out[2].title).toBe('Harbour reopens');
    expect(warnings).toHaveLength(2);
  });

  it('gives each file its own URL from a manifest, relative to the manifest folder', async () => {
    const manifest = path.join(dir, 'list.jsonl');
    writeFileSync(
      manifest,
      [
        JSON.stringify({ file: 'harbour.html', url: 'https://a.test/2023/01/02/x' }),
        JSON.stringify({ file: 'harbour-2.html.gz', url: 'https://b.test/2022/03/04/y' }),
      ].join('\n'),
    );
    const { io, lines } = capture();
    expect(await runExtract(['--manifest', manifest], io)).toBe(0);
    expect(lines().map((l) => [l.url, l.publishedAt])).toEqual([
      ['https://a.test/2023/01/02/x', '2023-01-02'],
      ['https://b.test/2022/03/04/y', '2022-03-04'],
    ]);

    const single = capture();
    expect(await runExtract(['--manifest', manifest, gzipped], single.io)).toBe(0);
    expect(single.lines().map((l) => l.url)).toEqual(['https://b.test/2022/03/04/y']);
  });
});
