/**
 * CPU time and memory of a process, read from Linux's /proc (no dependency, no sampling thread).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime; 100 on every common kernel. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) the process has used so far; `'machine'`: all processes. */
export function cpuSeconds(pid: number | 'self' | 'machine'): number {
  if (pid === 'machine') {
    // First line of /proc/stat: cpu user nice system idle iowait irq softirq steal (ticks).
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const all = ticks.reduce((sum, value) => sum + value, 0);
    return (all - (ticks[3] ?? 0) - (ticks[4] ?? 0)) / CLOCK_TICKS;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields after it are space-separated.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export interface Memory {
  /** Resident set size now, in MB. */
  rssMb: number;
  /** Peak resident set size over the process's life (VmHWM), in MB. */
  peakRssMb: number;
}

export function memory(pid: number | 'self'): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/** Measures a process's CPU use between `start()` and `stop()` as a percentage of one core. */
export function cpuMeter(pid: number | 'self' | 'machine') {
  let cpu0 = 0;
  let wall0 = 0;
  return {
    start() {
      cpu0 = cpuSeconds(pid);
      wall0 = performance.now();
    },
    stop(): number {
      const wallSeconds = (performance.now() - wall0) / 1000;
      return ((cpuSeconds(pid) - cpu0) / wallSeconds) * 100;
    },
  };
}
