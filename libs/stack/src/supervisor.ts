import { StageName, STAGES } from '@newsflow/contracts';
import { RunningService, startService, stopService, waitForReady } from './pipeline-services';
import { sleep } from './process-utils';

/**
 * Keeps one process per stage running, as Kubernetes would: a service that exits (crashed, or killed on purpose by
 * the chaos run) is started again after a short delay. Used by the pipeline benchmark and the chaos run.
 */
export class Supervisor {
  readonly services = new Map<StageName, RunningService>();
  readonly restarts = new Map<StageName, number>();
  private stopping = false;
  private readiness = new Map<StageName, Promise<void>>();

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly stages: StageName[] = STAGES,
    private readonly restartDelayMs = 500,
  ) {}

  start(): void {
    for (const stage of this.stages) this.launch(stage);
  }

  private launch(stage: StageName): void {
    const service = startService(stage, this.env);
    this.services.set(stage, service);
    const ready = waitForReady(service);
    ready.catch(() => undefined);
    this.readiness.set(stage, ready);
    void service.exited.then(async () => {
      if (this.stopping || this.services.get(stage) !== service) return;
      this.restarts.set(stage, (this.restarts.get(stage) ?? 0) + 1);
      await sleep(this.restartDelayMs);
      if (!this.stopping) this.launch(stage);
    });
  }

  /** Resolves once every service (as currently started) is ready. */
  async ready(): Promise<void> {
    await Promise.all([...this.readiness.values()]);
  }

  /** kill -9 one service (the supervisor brings it back). */
  kill(stage: StageName): void {
    this.services.get(stage)?.child.kill('SIGKILL');
  }

  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.services].map(([s, svc]) => [s, svc.child.pid]));
  }

  async stop(timeoutMs = 20_000): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.services.values()].map((s) => stopService(s, timeoutMs)));
  }
}
