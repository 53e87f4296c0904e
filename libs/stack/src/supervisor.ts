import { StageName, STAGES } from '@newsflow/contracts';
import { RunningService, startService, stopService, waitForReady } from './pipeline-services';
import { sleep } from './process-utils';

/**
 * Keeps the pipeline's processes running, as Kubernetes would: a service that exits (crashed, or killed on purpose
 * by the chaos run) is started again after a short delay. One process per stage, or more where `replicas` says so
 * (a Deployment's replica count): they join the stage's consumer group and share its partitions.
 * Services are named by stage (`enricher`), further replicas `enricher-2`, `enricher-3`...
 * Used by the pipeline benchmark and the chaos run.
 */
export class Supervisor {
  readonly services = new Map<string, RunningService>();
  readonly restarts = new Map<string, number>();
  private stopping = false;
  private readiness = new Map<string, Promise<void>>();

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly stages: StageName[] = STAGES,
    private readonly restartDelayMs = 500,
    private readonly replicas: Partial<Record<StageName, number>> = {},
  ) {}

  start(): void {
    for (const stage of this.stages)
      for (let k = 1; k <= Math.max(1, this.replicas[stage] ?? 1); k++)
        this.launch(stage, k === 1 ? stage : `${stage}-${k}`);
  }

  private launch(stage: StageName, name: string): void {
    const service = startService(stage, this.env, undefined, name);
    this.services.set(name, service);
    const ready = waitForReady(service);
    ready.catch(() => undefined);
    this.readiness.set(name, ready);
    service.exited
      .then(async () => {
        if (this.stopping || this.services.get(name) !== service) return;
        this.restarts.set(name, (this.restarts.get(name) ?? 0) + 1);
        await sleep(this.restartDelayMs);
        if (!this.stopping) this.launch(stage, name);
      })
      .catch((err: Error) => process.stderr.write(`supervisor: cannot restart ${name}: ${err.message}\n`));
  }

  /** Resolves once every service (as currently started) is ready. */
  async ready(): Promise<void> {
    await Promise.all([...this.readiness.values()]);
  }

  /** kill -9 one service, by stage or replica name (the supervisor brings it back). */
  kill(name: string): void {
    this.services.get(name)?.child.kill('SIGKILL');
  }

  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.services].map(([s, svc]) => [s, svc.child.pid]));
  }

  async stop(timeoutMs = 20_000): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.services.values()].map((s) => stopService(s, timeoutMs)));
  }
}
