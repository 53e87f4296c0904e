import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds and peak resident memory of a process from /proc (Linux), for the pipeline benchmark's per-service
 * figures. Returns null when the process is gone.
 */
export interface ProcessStats {
  cpuSeconds: number;
  rssBytes: number;
  peakRssBytes: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function processStats(pid: number): ProcessStats | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** The PIDs of every process of a user whose command line contains `match` (e.g. the PostgreSQL cluster). */
export function pidsMatching(match: RegExp): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (match.test(cmd)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
