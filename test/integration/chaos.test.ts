/**
 * The chaos run with a small N (CI): kill -9 of every service, a broker restart and a PostgreSQL restart while
 * articles flow; exactly N stored, none twice, every dead letter explained. `npm run chaos -- --articles 5000`
 * is the large run.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(600_000);

it('stores exactly N articles, none twice, through kill -9, broker and PostgreSQL restarts', async () => {
  const script = path.join(__dirname, '../../dist/tools/chaos.js');
  const child = spawn(
    process.execPath,
    [script, '--articles', '40', '--kills', '1', '--fault-every', '3', '--timeout', '400', '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const report = JSON.parse(out.trim().split('\n').pop()!);
  if (code !== 0) process.stderr.write(`${out}\n${err.slice(-4000)}\n`);
  expect(report.checks).toEqual({ allStored: true, noneTwice: true, deadLettersExplained: true });
  expect(report.stored).toBe(40);
  expect(report.faultsInjected).toBeGreaterThanOrEqual(5);
  expect(code).toBe(0);
});
