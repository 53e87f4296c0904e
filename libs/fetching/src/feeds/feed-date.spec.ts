import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseFeedDate } from './feed-date';
import { feedDate } from './feed-values';

// Item 11: feedDate returned wrong dates instead of none, and zone-less RFC 822 dates depended on the server's zone.
describe('parseFeedDate', () => {
  it.each([
    // RFC 822 / 1123 / 2822
    ['Mon, 02 Mar 2026 08:30:00 GMT', '2026-03-02T08:30:00.000Z'],
    ['Mon, 02 Mar 2026 14:00:00 +0530', '2026-03-02T08:30:00.000Z'],
    ['Mon, 02 Mar 2026 03:30:00 EST', '2026-03-02T08:30:00.000Z'],
    ['Mon, 02 Mar 2026 01:30:00 PDT', '2026-03-02T08:30:00.000Z'],
    ['02 Mar 2026 08:30 Z', '2026-03-02T08:30:00.000Z'],
    ['Mon, 02 Mar 26 08:30:00 GMT', '2026-03-02T08:30:00.000Z'], // 2-digit year below 50: 20xx
    ['Tue, 02 Mar 99 08:30:00 GMT', '1999-03-02T08:30:00.000Z'], // 2-digit year from 50: 19xx
    ['Mon, 02 Mar 2026 08:30:00', '2026-03-02T08:30:00.000Z'], // no zone: UTC
    ['Mon, 2 March 2026 08:30:00 GMT+01:00', '2026-03-02T07:30:00.000Z'],
    ['Mon,02 Mar 2026', '2026-03-02T00:00:00.000Z'],
    ['Mon Mar 02 2026 09:30:00 +0100', '2026-03-02T08:30:00.000Z'],
    ['Mon Mar  2 08:30:00 2026', '2026-03-02T08:30:00.000Z'],
    ['Thu, 01 Jan 0100 00:00:01 +0100', '0099-12-31T23:00:01.000Z'],
    // RFC 3339 / ISO 8601
    ['2026-03-02T08:30:00Z', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02T10:30:00+02:00', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02T08:30:00.538-00:00', '2026-03-02T08:30:00.538Z'],
    ['2026-03-02 08:30:00', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02 08:50:00 +00:20', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02T08:30', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02', '2026-03-02T00:00:00.000Z'],
    ['2026-03', '2026-03-01T00:00:00.000Z'],
    ['2004-02-28T18:14:55-08:00', '2004-02-29T02:14:55.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
    expect(feedDate(text)).toBe(iso);
  });

  it.each([
    undefined,
    '',
    '  ',
    'not a date',
    'yesterday',
    '03-12-31', // Date.parse: 2031-03-12
    '22013', // Date.parse: year 22013
    '013',
    '2013-01-27-01',
    '2013-01-28T11:30:00-06:00Textra',
    '2003-12-31T25:14:55Z',
    '2003-12-31T10:61:55Z',
    '2003-02-29',
    'Sun, 99 Jun 2009 12:00:00 GMT',
    'Sun, 16 zzz 2012 11:47:32 GMT',
    'Sun, 16 Dec 2012 11:47:32 +zz:00',
    'Sun, 16 Dec 2012 11:47:32 XYZ', // unknown zone: no guess
    'Sun, 31 Dec 9999 23:59:59 -9999',
    '9999-12-31T23:59:59-99:99',
    '12/03/2026', // day-first or month-first: no way to tell
  ])('gives undefined for %p', (text) => {
    expect(parseFeedDate(text)).toBeUndefined();
  });

  it('never calls Date.parse', () => {
    const parse = jest.spyOn(Date, 'parse');
    try {
      for (const text of ZONELESS) parseFeedDate(text);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  // Jest gives tests a copy of process.env, so a TZ set here never reaches Date: run the parser in processes
  // started with each zone instead (feed-date.ts imports nothing, so swc can load it on its own).
  it.each(['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'])(
    'reads the same instants with TZ=%s',
    (tz) => {
      const script = `
      const { readFileSync } = require('node:fs');
      const Module = require('node:module');
      const [swc, file, texts] = process.argv.slice(1);
      const { code } = require(swc).transformSync(readFileSync(file, 'utf8'), {
        filename: file, swcrc: false, module: { type: 'commonjs' }, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      });
      const m = new Module(file);
      m._compile(code, file);
      const local = new Date(2026, 2, 2, 8, 30).toISOString();
      console.log(JSON.stringify({ local, dates: JSON.parse(texts).map(m.exports.parseFeedDate) }));`;
      const run = spawnSync(
        process.execPath,
        ['-e', script, require.resolve('@swc/core'), join(__dirname, 'feed-date.ts'), JSON.stringify(ZONELESS)],
        { env: { ...process.env, TZ: tz }, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      const { local, dates } = JSON.parse(run.stdout);
      // The zone took effect in that process (so the check below cannot pass vacuously)...
      expect(local === '2026-03-02T08:30:00.000Z').toBe(tz === 'UTC');
      // ...and zone-less dates are still read as UTC.
      expect(dates).toEqual([
        '2026-03-02T08:30:00.000Z',
        '2026-03-02T00:00:00.000Z',
        '2026-03-02T08:30:00.000Z',
        '2026-03-02T08:30:00.000Z',
        '2026-03-02T00:00:00.000Z',
      ]);
    },
  );
});

const ZONELESS = [
  'Mon, 02 Mar 2026 08:30:00',
  '2 Mar 2026',
  'Mon Mar  2 08:30:00 2026',
  '2026-03-02T08:30:00',
  '2026-03-02',
];
