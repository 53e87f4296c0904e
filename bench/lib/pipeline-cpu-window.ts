import { procCpuMs } from './pipeline-floor';

/**
 * CPU of groups of processes (a service, the broker, PostgreSQL backends), sampled on a timer so that the CPU spent
 * between two moments of the run — the first article's fetch start and the last one's indexing — can be read
 * afterwards. That window leaves out the services' start-up and the idle time before the first and after the last
 * article, whatever the run's length; samples every `everyMs` bound the error to one period at each end.
 *
 * A process id counts from the first time it is seen (one that starts meanwhile counts from zero) and keeps its last
 * value once it is gone (a backend that ended is not subtracted from the others).
 */
export class CpuWindowSampler {
  private readonly lastKnown = new Map<string, Map<number, number>>();
  private readonly samples: { at: number; cpuMs: Record<string, number> }[] = [];
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor(
    /** The pids of each group now (called at every sample: groups may gain processes). */
    private readonly groups: () => Promise<Record<string, number[]>> | Record<string, number[]>,
    private readonly everyMs = 500,
  ) {}

  async start(): Promise<void> {
    await this.sample();
    this.timer = setInterval(() => void this.sample(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const groups = await this.groups();
      const at = Date.now();
      const cpuMs: Record<string, number> = {};
      for (const [name, pids] of Object.entries(groups)) {
        let known = this.lastKnown.get(name);
        if (!known) this.lastKnown.set(name, (known = new Map()));
        for (const pid of pids) {
          const ms = procCpuMs([pid]);
          if (ms !== null) known.set(pid, ms);
        }
        cpuMs[name] = [...known.values()].reduce((a, b) => a + b, 0);
      }
      this.samples.push({ at, cpuMs });
    } catch {
      // a sample lost (a pid list that could not be read) shifts the window edge by one period, no more
    } finally {
      this.busy = false;
    }
  }

  /**
   * CPU ms of each group between `from` and `to` (epoch ms): from the last sample at or before `from` to the first at
   * or after `to` (the nearest samples when the run has none beyond an edge), with the window actually measured.
   */
  between(from: number, to: number): { cpuMs: Record<string, number>; fromAt: number; toAt: number } {
    if (!this.samples.length) return { cpuMs: {}, fromAt: from, toAt: to };
    const before = [...this.samples].reverse().find((s) => s.at <= from) ?? this.samples[0];
    const after = this.samples.find((s) => s.at >= to) ?? this.samples[this.samples.length - 1];
    const cpuMs: Record<string, number> = {};
    for (const name of Object.keys(after.cpuMs)) cpuMs[name] = after.cpuMs[name] - (before.cpuMs[name] ?? 0);
    return { cpuMs, fromAt: before.at, toAt: after.at };
  }
}
