/**
 * CPU time of the Chromium processes this bench launched, read from /proc (Linux): the GPU process
 * apart, the others together. Asking Chromium itself (CDP SystemInfo.getProcessInfo) makes its GPU
 * process collect GPU information, about 50 ms of its CPU per call, which is what this measures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ChromiumCpu {
  /** ms of CPU, user and system, of the GPU process (SwiftShader draws there). */
  gpu: number;
  /** ms of CPU of every other Chromium process (browser, renderers, utilities). */
  other: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: string): { ppid: string; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields are counted after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: fields[1], cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null; // the process ended meanwhile
  }
}

function isGpuProcess(pid: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=gpu-process');
  } catch {
    return false;
  }
}

/** Whether this machine exposes per-process CPU times (Linux /proc). */
export const canReadChromiumCpu = existsSync('/proc/self/stat');

/** CPU spent so far by the descendants of this Node process, that is the Chromium it launched. */
export function chromiumCpu(): ChromiumCpu {
  const parent = new Map<string, string>();
  const cpu = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    parent.set(pid, s.ppid);
    cpu.set(pid, s.cpuMs);
  }
  const self = String(process.pid);
  const descends = (pid: string) => {
    for (let p = parent.get(pid); p && p !== '0'; p = parent.get(p)) if (p === self) return true;
    return false;
  };
  const total = { gpu: 0, other: 0 };
  for (const [pid, ms] of cpu) {
    if (!descends(pid)) continue;
    if (isGpuProcess(pid)) total.gpu += ms;
    else total.other += ms;
  }
  return total;
}

/**
 * Waits until the GPU process has spent less than `quietMs` of CPU over `windowMs`: the frames the
 * page handed over are then drawn. requestAnimationFrame does not tell that: a trace shows a frame
 * submitted 450 ms before the GPU process presented it, with rAF callbacks running meanwhile.
 * Returns the time waited (ms).
 */
export function gpuQuiet({ windowMs = 100, quietMs = 10, timeoutMs = 4000 } = {}): Promise<number> {
  return quiet((c) => c.gpu, { windowMs, quietMs, timeoutMs });
}

/**
 * Waits until every Chromium process together has spent less than `quietMs` of CPU over
 * `windowMs`: before a cold load, the previous page's teardown (its renderer exiting, the GPU
 * process freeing its resources) must not share the machine with the load being timed.
 */
export function chromiumQuiet({ windowMs = 100, quietMs = 20, timeoutMs = 6000 } = {}): Promise<number> {
  return quiet((c) => c.gpu + c.other, { windowMs, quietMs, timeoutMs });
}

async function quiet(
  of: (c: ChromiumCpu) => number,
  { windowMs, quietMs, timeoutMs }: { windowMs: number; quietMs: number; timeoutMs: number },
): Promise<number> {
  const start = performance.now();
  if (!canReadChromiumCpu) {
    // Without /proc, a fixed pause: longer than one software-rendered map frame takes to draw.
    await new Promise((resolve) => setTimeout(resolve, 800));
    return performance.now() - start;
  }
  let last = of(chromiumCpu());
  while (performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = of(chromiumCpu());
    if (now - last < quietMs) break;
    last = now;
  }
  return performance.now() - start;
}
