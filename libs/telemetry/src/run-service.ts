import { ConfigError, ConfigProblems, EnvSpec, loadConfig } from '@newsflow/config';
import { exitWithParent } from './exit-with-parent';
import { createLogger, Logger, logLevelEnvSpec } from './logger';
import { shutdownTracing } from './tracing';

/** sysexits.h EX_CONFIG: supervisors and operators can tell a misconfiguration from a crash. */
export const EXIT_CONFIG = 78;
export const EXIT_FAILURE = 1;
/** How long a service may take to finish its work after SIGTERM before it is forced out (the pods grant 45 s). */
export const SHUTDOWN_BUDGET_MS = 25_000;

/** What a started service hands back: how to stop it (finish in-flight work, commit, close connections). */
export interface RunningService {
  close(): Promise<void>;
}

export interface BootFailure {
  exitCode: number;
  /** One line for stderr; configuration problems carry every variable named, never a stack trace. */
  report: string;
  configuration: boolean;
}

/**
 * How a failed boot ends. A ConfigError anywhere in the error's cause chain is a configuration problem (exit 78,
 * its message names each variable); anything else is a failure to start (exit 1, with its stack in the log).
 */
export function describeBootFailure(service: string, err: unknown): BootFailure {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof ConfigError)
      return { exitCode: EXIT_CONFIG, report: `${service}: ${e.message}`, configuration: true };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { exitCode: EXIT_FAILURE, report: `${service}: failed to start: ${message}`, configuration: false };
}

/** The parts of `process` a service's life touches, so the boot path can be tested without exiting the test. */
export interface ServiceProcess {
  env: NodeJS.ProcessEnv;
  once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  exit(code: number): void;
  stderr: { write(text: string): unknown };
}

export interface RunServiceOptions {
  shutdownBudgetMs?: number;
  /** Flushes pending spans before exit; replaced in tests. */
  flushTracing?: () => Promise<void>;
}

/**
 * The one boot path of every service (the four stages and the query API). Every variable of `envSpecs` (the
 * service's declaration of what it reads) and LOG_LEVEL are validated together before anything starts, so a boot
 * reports every bad variable at once; then `start` connects. Any failure, synchronous or not,
 * ends the process with the right exit code and a clear message instead of an unhandled rejection. SIGTERM/SIGINT
 * (and the death of a local supervisor, see exitWithParent) close the service once, within the shutdown budget,
 * flush traces and exit 0; a signal that arrives while the service is still starting is honoured once it has.
 */
export function runService(
  service: string,
  envSpecs: readonly EnvSpec[],
  start: (logger: Logger) => Promise<RunningService>,
  proc: ServiceProcess = process,
  options: RunServiceOptions = {},
): void {
  const budgetMs = options.shutdownBudgetMs ?? SHUTDOWN_BUDGET_MS;
  const flushTracing = options.flushTracing ?? shutdownTracing;
  const problems = new ConfigProblems();
  const level = problems.attempt(() => loadConfig(logLevelEnvSpec, proc.env).LOG_LEVEL);
  for (const spec of envSpecs) problems.attempt(() => loadConfig(spec, proc.env));
  const logger = createLogger(service, level ?? 'info');
  try {
    problems.throwIfAny();
  } catch (err) {
    failBoot(service, logger, proc, err);
    return;
  }
  proc.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason instanceof Error ? reason.stack : String(reason) }, 'unhandled promise rejection');
    proc.stderr.write(`${service}: unhandled promise rejection: ${String((reason as Error)?.message ?? reason)}\n`);
    proc.exit(EXIT_FAILURE);
  });

  let running: RunningService | undefined;
  let stopRequested: string | undefined;
  let closing = false;
  const shutdown = (reason: string): void => {
    if (closing || !running) return;
    closing = true;
    logger.info({ reason }, 'shutting down: finishing in-flight work');
    const force = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      proc.exit(EXIT_FAILURE);
    }, budgetMs);
    running
      .close()
      .then(flushTracing)
      .then(
        () => {
          clearTimeout(force);
          logger.info('stopped');
          proc.exit(0);
        },
        (err: Error) => {
          clearTimeout(force);
          logger.error({ err: err.message }, 'shutdown failed');
          proc.exit(EXIT_FAILURE);
        },
      );
  };
  const requestStop = (reason: string): void => {
    stopRequested ??= reason;
    shutdown(reason);
  };
  proc.once('SIGTERM', () => requestStop('SIGTERM'));
  proc.once('SIGINT', () => requestStop('SIGINT'));
  exitWithParent(requestStop, proc.env);

  let started: Promise<RunningService>;
  try {
    started = start(logger);
  } catch (err) {
    failBoot(service, logger, proc, err);
    return;
  }
  started.then(
    (service_) => {
      running = service_;
      if (stopRequested) shutdown(stopRequested);
    },
    (err: unknown) => failBoot(service, logger, proc, err),
  );
}

function failBoot(service: string, logger: Logger, proc: ServiceProcess, err: unknown): void {
  const failure = describeBootFailure(service, err);
  if (failure.configuration) logger.fatal(failure.report);
  else logger.fatal({ err: err instanceof Error ? err.stack : String(err) }, failure.report);
  proc.stderr.write(failure.report + '\n');
  proc.exit(failure.exitCode);
}
