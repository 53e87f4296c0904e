/**
 * Every service, started as deployed (the compiled main.js), on bad configuration: it must exit 78 (EX_CONFIG)
 * with a message naming the variable, and no stack trace, before connecting anything. Each of these once crashed
 * with exit 1 and a stack trace (an unhandled rejection of `void bootstrapStage(...)`, pino throwing on a bad
 * level, a loader called outside the boot path). A good configuration is shown to get past validation too: the
 * API boots and answers on its port, so 78 is not what every start returns.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '../..');
/** Nothing listens on port 1: if a service got as far as connecting, it would fail differently (and slowly). */
const NOWHERE = { KAFKA_BROKERS: '127.0.0.1:1', HTTP_PORT: '0', NEWSFLOW_PARENT_PID: String(process.pid) };

interface Exit {
  code: number | null;
  stderr: string;
  stdout: string;
}

function runMain(app: string, env: NodeJS.ProcessEnv, until?: RegExp): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps', app, 'src/main.js')], {
      env: { PATH: process.env.PATH, ...NOWHERE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!signalled && until?.test(stdout)) signalled = child.kill('SIGTERM'); // once: a second one forces
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

const STACK_FRAME = /\n\s+at [^\n]+:\d+:\d+/;

it.each([
  ['fetcher', { FETCHER_POLL_EVERY_MS: 'soon' }, 'FETCHER_POLL_EVERY_MS'],
  ['indexer', { DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
  ['parser', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ['enricher', { STAGE_MAX_ATTEMPTS: '0' }, 'STAGE_MAX_ATTEMPTS'],
  ['api', { HTTP_PORT: 'eighty', API_KEYS: 'k'.repeat(24) }, 'HTTP_PORT'],
  ['api', {}, 'API_KEYS or API_KEYS_FILE'],
])('%s exits 78 naming the variable on %j', async (app, env, variable) => {
  const exit = await runMain(app, env);
  expect({ code: exit.code, stderr: exit.stderr }).toEqual({
    code: 78,
    stderr: expect.stringContaining(variable) as string,
  });
  expect(exit.stderr).toMatch(new RegExp(`^${app}: invalid configuration`));
  expect(exit.stderr).not.toMatch(STACK_FRAME);
});

it('reports every bad variable of one boot at once', async () => {
  const exit = await runMain('fetcher', { FETCHER_POLL_EVERY_MS: 'soon', LOG_LEVEL: 'loud', DATABASE_URL: 'x' });
  expect(exit.code).toBe(78);
  for (const name of ['FETCHER_POLL_EVERY_MS', 'LOG_LEVEL', 'DATABASE_URL']) expect(exit.stderr).toContain(name);
  expect(exit.stderr).not.toContain('"x"'); // DATABASE_URL is a secret: named, never echoed
});

it('the API with good configuration gets past validation and stops cleanly on SIGTERM', async () => {
  const exit = await runMain('api', { API_KEYS: 'k'.repeat(24), LOG_LEVEL: 'info' }, /"api ready"/);
  expect(exit.stdout).toContain('"api ready"');
  expect(exit.code).toBe(0);
});
