import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, stackDir } from './paths';
import { isPortOpen, isProcessAlive, readPid, sleep, waitFor } from './process-utils';

/**
 * `newsflow stack up --api`: the query API (apps/api) from the compiled dist/, as a process of its own that outlives
 * the command, like the local broker: pid file, log file, `stack down` stops it, `stack status` shows it. It
 * listens on 127.0.0.1:3000, reads the store as the local reader role (newsflow_reader), and accepts the one key
 * in .stack/api-key, generated on the first start (mode 600) and kept, so scripts can read it.
 */
export const LOCAL_API_HOST = '127.0.0.1';
export const LOCAL_API_PORT = 3000;

export interface LocalApiStatus {
  url: string;
  reachable: boolean;
  /** Started by this stack (a pid file names a live process). */
  managed: boolean;
  pid: number | null;
  logFile: string;
  keyFile: string;
}

function files() {
  return {
    pidFile: stackDir('api', 'api.pid'),
    logFile: stackDir('logs', 'api.log'),
    keyFile: stackDir('api-key'),
  };
}

/** The local reader role on the writers' server and database: the role the local stack creates. */
export function localReaderUrl(databaseUrl: string, env = process.env): string {
  const role = env.NEWSFLOW_READER_ROLE?.trim() || 'newsflow_reader';
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = role;
  return url.toString();
}

/** The key the local API accepts: read from .stack/api-key, or generated there once. */
export function localApiKey(): string {
  const { keyFile } = files();
  if (existsSync(keyFile)) {
    const key = readFileSync(keyFile, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  const key = randomBytes(24).toString('hex');
  mkdirSync(path.dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, key + '\n', { mode: 0o600 });
  return key;
}

async function answersHealth(): Promise<boolean> {
  try {
    const res = await fetch(`http://${LOCAL_API_HOST}:${LOCAL_API_PORT}/health/ready`, {
      signal: AbortSignal.timeout(1000),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}

function livePid(): number | null {
  const pid = readPid(files().pidFile);
  return pid !== null && isProcessAlive(pid) ? pid : null;
}

export async function localApiStatus(): Promise<LocalApiStatus> {
  const { logFile, keyFile } = files();
  const pid = livePid();
  return {
    url: `http://${LOCAL_API_HOST}:${LOCAL_API_PORT}`,
    reachable: await isPortOpen(LOCAL_API_HOST, LOCAL_API_PORT, 500),
    managed: pid !== null,
    pid,
    logFile,
    keyFile,
  };
}

/**
 * Starts the API unless port 3000 already answers (ours from an earlier `stack up --api`, or someone else's: then
 * nothing is started). Resolves once /health/ready answers 200, so the database and its grants are usable.
 */
export async function startLocalApi(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  readyTimeoutMs = 60_000,
): Promise<LocalApiStatus & { startedMs: number | null }> {
  localApiKey();
  if (await isPortOpen(LOCAL_API_HOST, LOCAL_API_PORT, 500)) {
    const status = await localApiStatus();
    if (!status.managed) log(`api: ${status.url} already answers; not starting the query API`);
    return { ...status, startedMs: null };
  }
  const { pidFile, logFile, keyFile } = files();
  const started = Date.now();
  mkdirSync(path.dirname(pidFile), { recursive: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  // Not the CLI's NEWSFLOW_PARENT_PID: the API outlives `stack up` (services started by tests die with them).
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEWSFLOW_PARENT_PID;
  delete env.API_KEYS;
  Object.assign(env, {
    HTTP_PORT: String(LOCAL_API_PORT),
    HTTP_HOST: LOCAL_API_HOST,
    API_DATABASE_URL: localReaderUrl(databaseUrl),
    API_KEYS_FILE: keyFile,
  });
  log(`api: starting the query API on http://${LOCAL_API_HOST}:${LOCAL_API_PORT} (log: ${logFile}) ...`);
  const out = openSync(logFile, 'a');
  const entry = path.join(repoRoot(), 'dist', 'apps', 'api', 'src', 'main.js');
  const child = spawn(process.execPath, [entry], { detached: true, stdio: ['ignore', out, out], env });
  closeSync(out);
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  await waitFor(
    `the query API on ${LOCAL_API_HOST}:${LOCAL_API_PORT} (see ${logFile})`,
    async () => {
      if (!isProcessAlive(child.pid!)) throw new Error(`the query API exited during start-up; see ${logFile}`);
      return answersHealth();
    },
    readyTimeoutMs,
    200,
  );
  const startedMs = Date.now() - started;
  log(`api: ready in ${(startedMs / 1000).toFixed(1)} s; key in ${keyFile}`);
  return { ...(await localApiStatus()), startedMs };
}

/** Stops the API this stack started (SIGTERM: in-flight requests finish; SIGKILL after the timeout). */
export async function stopLocalApi(
  log: (line: string) => void = () => undefined,
  timeoutMs = 20_000,
): Promise<boolean> {
  const { pidFile } = files();
  const pid = livePid();
  rmSync(pidFile, { force: true });
  if (pid === null) return false;
  log(`api: stopping the query API (pid ${pid}) ...`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
