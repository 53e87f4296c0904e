import { int } from '@newsflow/config';
import { ConfigError } from '@newsflow/config';
import { describeBootFailure, EXIT_CONFIG, runService, ServiceProcess } from './run-service';

/** A process that records what the boot path does to it, instead of exiting the test. */
function fakeProcess(env: NodeJS.ProcessEnv = {}) {
  const signals = new Map<string, () => void>();
  const rejections: Array<(reason: unknown) => void> = [];
  let stderr = '';
  let resolveExit: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  const proc: ServiceProcess = {
    env: { LOG_LEVEL: 'silent', ...env },
    once: (signal, listener) => signals.set(signal, listener),
    on: (_event, listener) => rejections.push(listener),
    exit: (code) => resolveExit(code),
    stderr: { write: (text: string) => (stderr += text) },
  };
  return { proc, signals, rejections, exited, stderr: () => stderr };
}

const spec = { WORKER_EVERY_MS: { parse: int(100, 1000), default: 500, description: 'how often' } };
const noFlush = { flushTracing: async () => undefined };

describe('runService', () => {
  it('exits 78 naming every bad variable, LOG_LEVEL included, before start is called', async () => {
    const p = fakeProcess({ LOG_LEVEL: 'loud', WORKER_EVERY_MS: 'soon' });
    const start = jest.fn();
    runService('worker', [spec], start, p.proc, noFlush);
    expect(await p.exited).toBe(EXIT_CONFIG);
    expect(start).not.toHaveBeenCalled();
    expect(p.stderr()).toContain('LOG_LEVEL="loud"');
    expect(p.stderr()).toContain('WORKER_EVERY_MS="soon"');
    expect(p.stderr()).not.toMatch(/\n\s+at /); // no stack trace for a configuration problem
  });

  it('exits 78 when start rejects with a ConfigError (a loader inside a module factory)', async () => {
    const p = fakeProcess();
    runService('worker', [], () => Promise.reject(new ConfigError(['DATABASE_URL="x": expected a URL'])), p.proc);
    expect(await p.exited).toBe(EXIT_CONFIG);
    expect(p.stderr()).toContain('worker: invalid configuration');
    expect(p.stderr()).toContain('DATABASE_URL');
  });

  it('exits 78 when start throws a ConfigError synchronously', async () => {
    const p = fakeProcess();
    runService(
      'worker',
      [],
      () => {
        throw new ConfigError(['X: bad']);
      },
      p.proc,
    );
    expect(await p.exited).toBe(EXIT_CONFIG);
  });

  it('exits 1 with the cause named when start fails for another reason', async () => {
    const p = fakeProcess();
    runService('worker', [], () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9092')), p.proc);
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toBe('worker: failed to start: connect ECONNREFUSED 127.0.0.1:9092\n');
  });

  it('closes the service once on SIGTERM, flushes traces, and exits 0', async () => {
    const p = fakeProcess();
    const close = jest.fn(async () => undefined);
    const flushTracing = jest.fn(async () => undefined);
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    runService(
      'worker',
      [spec],
      async () => {
        started();
        return { close };
      },
      p.proc,
      { flushTracing },
    );
    await ready;
    await Promise.resolve();
    p.signals.get('SIGTERM')!();
    p.signals.get('SIGINT')!();
    expect(await p.exited).toBe(0);
    expect(close).toHaveBeenCalledTimes(1);
    expect(flushTracing).toHaveBeenCalledTimes(1);
  });

  it('honours a SIGTERM that arrives while the service is still starting', async () => {
    const p = fakeProcess();
    const close = jest.fn(async () => undefined);
    let finishStart!: (s: { close: () => Promise<void> }) => void;
    runService('worker', [], () => new Promise((resolve) => (finishStart = resolve)), p.proc, noFlush);
    p.signals.get('SIGTERM')!();
    expect(close).not.toHaveBeenCalled();
    finishStart({ close });
    expect(await p.exited).toBe(0);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('exits 1 when close fails, and when the shutdown budget runs out', async () => {
    const failing = fakeProcess();
    runService(
      'worker',
      [],
      async () => ({ close: () => Promise.reject(new Error('commit failed')) }),
      failing.proc,
      noFlush,
    );
    await new Promise((r) => setImmediate(r));
    failing.signals.get('SIGTERM')!();
    expect(await failing.exited).toBe(1);

    const stuck = fakeProcess();
    runService('worker', [], async () => ({ close: () => new Promise<void>(() => undefined) }), stuck.proc, {
      ...noFlush,
      shutdownBudgetMs: 20,
    });
    await new Promise((r) => setImmediate(r));
    stuck.signals.get('SIGTERM')!();
    expect(await stuck.exited).toBe(1);
  });

  it('turns an unhandled rejection into a logged exit 1', async () => {
    const p = fakeProcess();
    runService('worker', [], async () => ({ close: async () => undefined }), p.proc, noFlush);
    p.rejections[0](new Error('lost promise'));
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toContain('lost promise');
  });
});

describe('describeBootFailure', () => {
  it('finds a ConfigError in the cause chain', () => {
    const wrapped = new Error('module init failed', { cause: new ConfigError(['A: bad']) });
    expect(describeBootFailure('svc', wrapped)).toMatchObject({ exitCode: EXIT_CONFIG, configuration: true });
    expect(describeBootFailure('svc', 'a string')).toMatchObject({
      exitCode: 1,
      report: 'svc: failed to start: a string',
    });
  });
});
