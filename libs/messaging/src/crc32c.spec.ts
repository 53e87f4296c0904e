import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { transformSync } from '@swc/core';
import { crc32c } from './crc32c';

// kafkajs's own byte-at-a-time implementation: the reference the replacement must agree with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C') as (b: Buffer) => number;

describe('crc32c (slicing-by-8)', () => {
  it('gives the CRC-32C check value and the RFC 3720 test vectors', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(0))).toBe(0);
    expect(crc32c(Buffer.alloc(32, 0))).toBe(0x8a9136aa);
    expect(crc32c(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
    expect(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e);
  });

  it("agrees with kafkajs's implementation on every length around the 8-byte step and on large buffers", () => {
    for (let n = 0; n <= 70; n++) {
      const bytes = randomBytes(n);
      expect(crc32c(bytes)).toBe(kafkajsCrc32c(bytes));
    }
    for (const n of [4096, 65_537, 250_003]) {
      const bytes = randomBytes(n);
      expect(crc32c(bytes)).toBe(kafkajsCrc32c(bytes));
    }
  });

  it('reads a view into a larger buffer from its own offset', () => {
    const whole = randomBytes(1000);
    const view = whole.subarray(13, 613);
    expect(crc32c(view)).toBe(kafkajsCrc32c(Buffer.from(view)));
  });
});

/**
 * The patch works on Node's module cache, which Jest replaces with its own registry: it is checked in a plain Node
 * process, on the two modules compiled as the build compiles them.
 */
describe('kafkajs CRC-32C fix', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsflow-crc32c-'));
    for (const name of ['crc32c', 'kafkajs-crc32c-fix']) {
      const source = readFileSync(path.join(__dirname, `${name}.ts`), 'utf8');
      const { code } = transformSync(source, {
        filename: `${name}.ts`,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      writeFileSync(path.join(dir, `${name}.js`), code);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (script: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['-e', script], {
        cwd: dir,
        env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../../node_modules') },
        encoding: 'utf8',
      }),
    ) as Record<string, unknown>;

  it("puts the fast CRC in kafkajs's place before its record batch encoder loads, and the batch's CRC is unchanged", () => {
    const result = run(`
      const original = require('kafkajs/src/protocol/recordBatch/crc32C/crc32C');
      const fix = require('./kafkajs-crc32c-fix.js');
      const { crc32c } = require('./crc32c.js');
      const crcModule = require('kafkajs/src/protocol/recordBatch/crc32C');
      const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0');
      const Record = require('kafkajs/src/protocol/recordBatch/record/v0');
      const records = [Record({ key: 'k', value: Buffer.alloc(20000, 7), headers: { h: 'v' } })];
      (async () => {
        const batch = await RecordBatch({ baseTimestamp: 1, maxTimestamp: 1, records });
        const bytes = batch.buffer;
        // The CRC field sits after baseOffset (8), length (4), leader epoch (4) and magic (1); it covers the rest.
        const written = bytes.readUInt32BE(17);
        const expected = original(bytes.subarray(21)) >>> 0;
        process.stdout.write(JSON.stringify({
          replaced: crcModule === crc32c,
          written, expected,
          again: fix.applyKafkajsCrc32cFix(),
        }));
      })();
    `);
    expect(result.replaced).toBe(true);
    expect(result.written).toBe(result.expected);
    expect(result.again).toBe('already-applied');
  });

  it("says 'too-late' when kafkajs's encoder was loaded first (it keeps the function it took)", () => {
    const result = run(`
      require('kafkajs/src/protocol/recordBatch/v0');
      const fix = require('./kafkajs-crc32c-fix.js');
      process.stdout.write(JSON.stringify({ outcome: fix.crc32cFixOutcome }));
    `);
    expect(result.outcome).toBe('too-late');
  });

  it("says 'applied' when it ran first", () => {
    const result = run(`
      const fix = require('./kafkajs-crc32c-fix.js');
      process.stdout.write(JSON.stringify({ outcome: fix.crc32cFixOutcome }));
    `);
    expect(result.outcome).toBe('applied');
  });
});
