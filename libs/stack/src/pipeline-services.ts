import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { StageName, STAGES } from '@newsflow/contracts';
import { repoRoot, stackDir } from './paths';
import { sleep } from './process-utils';

/**
 * Runs the four pipeline services as separate Node processes from the compiled dist/ (as they run in production),
 * each with its own log file under .stack/logs. Used by the demo, the integration tests and the benchmarks.
 */
export interface RunningService {
  stage: StageName;
  child: ChildProcess;
  logFile: string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  /** Where the service serves /metrics and /health/* (HTTP_PORT). */
  httpPort: number;
}

export interface PipelineServices {
  services: RunningService[];
  /** SIGTERM to every service (graceful: finish, commit, flush traces), SIGKILL after the timeout. */
  stop(timeoutMs?: number): Promise<void>;
  /** Resolves once every service has logged that it is consuming. */
  ready: Promise<void>;
}

export function serviceEntry(stage: StageName): string {
  return path.join(repoRoot(), 'dist', 'apps', stage, 'src', 'main.js');
}

/**
 * Starts one service. Unless HTTP_PORT is given it binds any free port (several services share one machine in
 * tests and the demo); `httpPort` is known once the service logged that it is ready.
 */
export function startService(
  stage: StageName,
  env: NodeJS.ProcessEnv,
  logDir = stackDir('logs'),
  /** The log file's name: the stage, or `enricher-2` for a second replica. */
  name: string = stage,
): RunningService {
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  // NEWSFLOW_PARENT_PID: the service shuts down when this process dies without stopping it (see exitWithParent).
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HTTP_PORT: '0',
    ...env,
    NEWSFLOW_PARENT_PID: String(process.pid),
  };
  // SERVICE_NODE_ARGS: extra Node flags for every service, for profiling a run (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"),
  // which NODE_OPTIONS refuses.
  const nodeArgs = (childEnv.SERVICE_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, serviceEntry(stage)], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  // A service never outlives whoever started it (a benchmark that crashed must not leave consumers behind).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      process.off('exit', killOnExit);
      resolve(code);
    }),
  );
  return { stage, child, logFile, exited, httpPort: Number(env.HTTP_PORT ?? 0) };
}

/** SIGTERM (graceful: finish, commit, flush traces), then SIGKILL if it is still running after the timeout. */
export async function stopService(service: RunningService, timeoutMs = 20_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const killed = await Promise.race([service.exited.then(() => false), sleep(timeoutMs).then(() => true)]);
  if (killed) {
    service.child.kill('SIGKILL');
    await service.exited;
  }
}

/**
 * The services' environment for running against a sample site of ours on loopback: the fetcher may fetch it, and
 * neither spaces its requests to it (default 1 s per host) nor caps them per poll (default 40): politeness is
 * for real sites, not for our own fixture.
 */
export function sampleSiteEnv(sitePort: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    FETCH_ALLOW_HOSTS: `127.0.0.1:${sitePort}`,
    FETCHER_POLL_EVERY_MS: '500',
    FETCH_HOST_INTERVAL_MS: '0',
    FETCHER_POLL_HOST_BUDGET: '10000',
    ...extra,
  };
}

/** Resolves once the service logged that it is ready (and records its HTTP port). */
export function waitForReady(service: RunningService, timeoutMs = 60_000): Promise<void> {
  return waitForLine(service, /"msg":"stage ready"/, timeoutMs);
}

function waitForLine(service: RunningService, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`${service.stage} not ready after ${timeoutMs} ms; see ${service.logFile}`)),
      timeoutMs,
    );
    const onData = (d: Buffer) => {
      buffer = (buffer + d.toString()).slice(-10_000);
      if (pattern.test(buffer)) {
        const line = buffer.split('\n').find((l) => pattern.test(l)) ?? '';
        const port = /"httpPort":(\d+)/.exec(line);
        if (port) service.httpPort = Number(port[1]);
        clearTimeout(timer);
        service.child.stdout!.off('data', onData);
        resolve();
      }
    };
    service.child.stdout!.on('data', onData);
    service.exited.then(
      (code) => {
        clearTimeout(timer);
        reject(new Error(`${service.stage} exited with ${code} during start-up; see ${service.logFile}`));
      },
      (err: Error) => reject(err),
    );
  });
}

export function startPipelineServices(
  env: NodeJS.ProcessEnv = {},
  stages: StageName[] = STAGES,
  readyTimeoutMs = 60_000,
): PipelineServices {
  const services = stages.map((stage) => startService(stage, env));
  const ready = Promise.all(services.map((s) => waitForReady(s, readyTimeoutMs))).then(() => undefined);
  ready.catch(() => undefined);
  return {
    services,
    ready,
    async stop(timeoutMs = 20_000) {
      await Promise.all(services.map((s) => stopService(s, timeoutMs)));
    },
  };
}
