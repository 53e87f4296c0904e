import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { stackDir } from './paths';
import { run, runOrThrow, waitFor } from './process-utils';

/**
 * PostgreSQL for development, tests and the demo, from Debian's packages: installed when missing, run as its own
 * cluster ("newsflow") on loopback, with the role and database of DATABASE_URL created. When DATABASE_URL already
 * answers (an operator's server), nothing is installed or started.
 */
const CLUSTER = 'newsflow';

export interface PostgresStatus {
  url: string;
  reachable: boolean;
  managed: boolean;
  version: string | null;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<invalid url>';
  }
}

export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function installedVersions(): string[] {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

async function ensureInstalled(log: (line: string) => void): Promise<string> {
  let versions = installedVersions();
  if (versions.length) return versions[0];
  if (!isRoot()) {
    throw new Error(
      'PostgreSQL is not installed and this is not root: install it (apt-get install postgresql) or set DATABASE_URL',
    );
  }
  log('postgres: installing Debian packages (postgresql) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOrThrow('apt-get', ['update', '-qq'], { env });
  await runOrThrow('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { env });
  versions = installedVersions();
  if (!versions.length)
    throw new Error('apt-get installed postgresql but no server binary was found under /usr/lib/postgresql');
  return versions[0];
}

/** As root: a Debian cluster managed by pg_ctlcluster (initdb refuses to run as root). */
async function startDebianCluster(version: string, port: number, log: (line: string) => void): Promise<void> {
  const clusters = await runOrThrow('pg_lsclusters', ['--no-header']);
  const mine = clusters.split('\n').find((l) => l.split(/\s+/)[0] === version && l.split(/\s+/)[1] === CLUSTER);
  if (!mine) {
    log(`postgres: creating cluster ${version}/${CLUSTER} on port ${port} ...`);
    await runOrThrow('pg_createcluster', [
      '-p',
      String(port),
      '--start-conf',
      'manual',
      version,
      CLUSTER,
      '--',
      '--auth-local=peer',
      '--auth-host=scram-sha-256',
    ]);
  }
  if (mine && /online/.test(mine)) return;
  log(`postgres: starting cluster ${version}/${CLUSTER} ...`);
  await runOrThrow('pg_ctlcluster', [version, CLUSTER, 'start']);
}

/** Not root: our own data directory under .stack/postgres, started with pg_ctl. */
async function startUserCluster(version: string, port: number, log: (line: string) => void): Promise<void> {
  const bin = (name: string) => path.join('/usr/lib/postgresql', version, 'bin', name);
  const data = stackDir('postgres', 'data');
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    log(`postgres: initdb ${data} ...`);
    mkdirSync(data, { recursive: true });
    await runOrThrow(bin('initdb'), ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=trust']);
  }
  const status = await run(bin('pg_ctl'), ['-D', data, 'status']);
  if (status.code === 0) return;
  log(`postgres: starting ${data} on port ${port} ...`);
  await runOrThrow(bin('pg_ctl'), [
    '-D',
    data,
    '-l',
    stackDir('postgres', 'server.log'),
    '-o',
    `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`,
    '-w',
    'start',
  ]);
}

async function superuserSql(version: string, port: number, sql: string): Promise<string> {
  if (isRoot()) {
    return runOrThrow('runuser', ['-u', 'postgres', '--', 'psql', '-p', String(port), '-d', 'postgres', '-tAc', sql], {
      cwd: '/',
    });
  }
  const psql = path.join('/usr/lib/postgresql', version, 'bin', 'psql');
  return runOrThrow(psql, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-tAc', sql]);
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function startLocalPostgres(
  url: string,
  log: (line: string) => void = () => undefined,
): Promise<PostgresStatus & { startedMs: number | null }> {
  if (await postgresAnswers(url))
    return { url: redactUrl(url), reachable: true, managed: false, version: null, startedMs: null };
  const u = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) {
    throw new Error(
      `DATABASE_URL=${redactUrl(url)} is not reachable, and the local stack only starts PostgreSQL on loopback`,
    );
  }
  const started = Date.now();
  const port = Number(u.port || 5432);
  const version = await ensureInstalled(log);
  if (isRoot()) await startDebianCluster(version, port, log);
  else await startUserCluster(version, port, log);

  const user = decodeURIComponent(u.username || 'newsflow');
  const password = decodeURIComponent(u.password || 'newsflow');
  const database = decodeURIComponent(u.pathname.replace(/^\//, '') || 'newsflow');
  await waitFor(
    'PostgreSQL to accept connections',
    async () => (await run('pg_isready', ['-h', '127.0.0.1', '-p', String(port)])).code === 0,
    30_000,
  );
  const hasRole =
    (await superuserSql(version, port, `SELECT 1 FROM pg_roles WHERE rolname = ${literal(user)}`)).trim() === '1';
  await superuserSql(
    version,
    port,
    `${hasRole ? 'ALTER' : 'CREATE'} ROLE ${ident(user)} WITH LOGIN PASSWORD ${literal(password)}`,
  );
  // The query API connects as a read-only role; migrations grant it SELECT when it exists.
  const reader = process.env.NEWSFLOW_READER_ROLE ?? 'newsflow_reader';
  const hasReader =
    (await superuserSql(version, port, `SELECT 1 FROM pg_roles WHERE rolname = ${literal(reader)}`)).trim() === '1';
  if (!hasReader)
    await superuserSql(version, port, `CREATE ROLE ${ident(reader)} WITH LOGIN PASSWORD ${literal(reader)}`);
  const hasDb =
    (await superuserSql(version, port, `SELECT 1 FROM pg_database WHERE datname = ${literal(database)}`)).trim() ===
    '1';
  if (!hasDb) {
    log(`postgres: creating database ${database} ...`);
    await superuserSql(version, port, `CREATE DATABASE ${ident(database)} OWNER ${ident(user)}`);
  }
  await waitFor(`PostgreSQL at ${redactUrl(url)}`, () => postgresAnswers(url), 30_000);
  return { url: redactUrl(url), reachable: true, managed: true, version, startedMs: Date.now() - started };
}

export async function stopLocalPostgres(log: (line: string) => void = () => undefined): Promise<boolean> {
  const versions = installedVersions();
  if (!versions.length) return false;
  if (isRoot()) {
    const clusters = (await run('pg_lsclusters', ['--no-header'])).stdout;
    const mine = clusters.split('\n').find((l) => l.split(/\s+/)[1] === CLUSTER && /online/.test(l));
    if (!mine) return false;
    log(`postgres: stopping cluster ${mine.split(/\s+/)[0]}/${CLUSTER} ...`);
    await runOrThrow('pg_ctlcluster', [mine.split(/\s+/)[0], CLUSTER, 'stop']);
    return true;
  }
  const data = stackDir('postgres', 'data');
  if (!existsSync(data)) return false;
  const r = await run(path.join('/usr/lib/postgresql', versions[0], 'bin', 'pg_ctl'), ['-D', data, '-w', 'stop']);
  return r.code === 0;
}

export async function postgresStatus(url: string): Promise<PostgresStatus> {
  const reachable = await postgresAnswers(url);
  let managed = false;
  if (isRoot() && installedVersions().length) {
    const clusters = (await run('pg_lsclusters', ['--no-header'])).stdout;
    managed = clusters.split('\n').some((l) => l.split(/\s+/)[1] === CLUSTER && /online/.test(l));
  }
  return { url: redactUrl(url), reachable, managed, version: null };
}

/** Restarts the local cluster (fast shutdown: open connections are cut), as the chaos run does mid-flight. */
export async function restartLocalPostgres(log: (line: string) => void = () => undefined): Promise<boolean> {
  const versions = installedVersions();
  if (!versions.length) return false;
  if (isRoot()) {
    const clusters = (await run('pg_lsclusters', ['--no-header'])).stdout;
    const mine = clusters.split('\n').find((l) => l.split(/\s+/)[1] === CLUSTER);
    if (!mine) return false;
    log(`postgres: restarting cluster ${mine.split(/\s+/)[0]}/${CLUSTER} ...`);
    await runOrThrow('pg_ctlcluster', [mine.split(/\s+/)[0], CLUSTER, 'restart', '-m', 'fast']);
    return true;
  }
  const data = stackDir('postgres', 'data');
  if (!existsSync(data)) return false;
  const r = await run(path.join('/usr/lib/postgresql', versions[0], 'bin', 'pg_ctl'), [
    '-D',
    data,
    '-m',
    'fast',
    '-w',
    'restart',
  ]);
  return r.code === 0;
}
