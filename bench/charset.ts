/**
 * Charset detection benchmark: ours (libs/extraction/src/decode) against the WHATWG reference libraries
 * (html-encoding-sniffer for BOM and <meta> prescan, whatwg-encoding to decode), on every dev-set page as stored
 * (raw bytes, no HTTP header: the hard case), and on the fixture site's legacy-encoded pages (their encoding known).
 *   npm run bench:charset
 * Prints, per system: pages whose decoding shows mojibake or U+FFFD, encodings named, agreement, CPU ms per page.
 * Without ../shared/devsets it says so and measures the fixture pages only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { decode, labelToName } from 'whatwg-encoding';
import { decodeHtmlBytes } from '@newsflow/extraction';
import { ENCODED_SAMPLES, encodedArticle, utf8Article } from '../libs/fixture-site/src/newsroom/encoded-pages';
import { devSetsDir } from './lib/extract-devsets';

interface Page {
  name: string;
  bytes: Buffer;
  /** The true encoding, where known (the fixture pages). */
  encoding?: string;
}

/** Replacement characters and the classic UTF-8-read-as-windows-1252 pairs: a wrong guess shows them. */
const mojibake = (s: string) => (s.match(/\uFFFD|Ã[\u0080-\u00BF]|â€/g) ?? []).length;

function devPages(): Page[] {
  const root = devSetsDir();
  if (!existsSync(root)) {
    process.stdout.write(`(no dev sets at ${root}: fixture pages only)\n`);
    return [];
  }
  const pages: Page[] = [];
  for (const set of ['extraction', 'snippets', 'dates']) {
    const dir = path.join(root, set, 'html');
    for (const f of readdirSync(dir).sort()) {
      const raw = readFileSync(path.join(dir, f));
      pages.push({ name: `${set}/${f}`, bytes: f.endsWith('.gz') ? gunzipSync(raw) : raw });
    }
  }
  return pages;
}

const systems = {
  ours: (b: Buffer) => {
    const d = decodeHtmlBytes(new Uint8Array(b));
    return { encoding: d.charset, text: d.html };
  },
  'html-encoding-sniffer + whatwg-encoding': (b: Buffer) => {
    const encoding = htmlEncodingSniffer(b, { defaultEncoding: 'windows-1252' });
    return { encoding: labelToName(encoding) ?? encoding, text: decode(b, encoding) };
  },
};

function run(label: string, pages: Page[]): void {
  if (!pages.length) return;
  process.stdout.write(`\n${label}: ${pages.length} pages\n`);
  const names: Record<string, string[]> = {};
  for (const [system, decodeWith] of Object.entries(systems)) {
    let bad = 0;
    let wrong = 0;
    const start = process.cpuUsage();
    names[system] = pages.map((p) => {
      const { encoding, text } = decodeWith(p.bytes);
      if (mojibake(text) > 0) bad++;
      if (p.encoding && encoding.toLowerCase() !== p.encoding) wrong++;
      return encoding.toLowerCase();
    });
    const cpu = process.cpuUsage(start);
    const ms = (cpu.user + cpu.system) / 1000 / pages.length;
    const known = pages.some((p) => p.encoding) ? `, wrong encoding ${wrong}` : '';
    process.stdout.write(
      `  ${system.padEnd(40)} pages with mojibake ${bad}${known}, ${ms.toFixed(3)} ms CPU per page\n`,
    );
  }
  const [a, b] = Object.values(names);
  process.stdout.write(`  same encoding named: ${a.filter((x, i) => x === b[i]).length} of ${pages.length}\n`);
}

run('dev-set pages (no Content-Type header)', devPages());
run('fixture legacy-encoded pages (no Content-Type header)', [
  ...Object.values(ENCODED_SAMPLES).map((s) => ({ name: s.encoding, bytes: encodedArticle(s), encoding: s.encoding })),
  { name: 'utf-8', bytes: utf8Article(), encoding: 'utf-8' },
]);
