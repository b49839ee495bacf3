/** Summaries of a Chrome trace and a V8 CPU profile: where the time to first idle goes. */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

export interface TraceSummary {
  /** From navigation start to the map's first idle, ms. */
  window: number;
  /** Busy time of each thread in the window (sum of its top-level tasks), ms, busiest first. */
  threads: { thread: string; busy: number }[];
  /** On the page's main thread: inclusive time per event name, ms, largest first. */
  mainThread: { name: string; ms: number }[];
  /** On the GPU process's main thread (SwiftShader draws and compiles shaders there), same. */
  gpuThread: { name: string; ms: number }[];
  /** User-timing marks, ms since navigation start. */
  marks: Record<string, number>;
}

const round = (x: number) => Math.round(x * 10) / 10;

export function summarizeTrace(events: TraceEvent[], top = 20): TraceSummary {
  const threadName = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  const idleMark = events.find((e) => e.name === 'bench:map-idle' && e.args?.data?.startTime !== undefined);
  if (!idleMark) throw new Error('the trace has no bench:map-idle mark');
  const pagePid = idleMark.pid;
  // The mark knows its own time since navigation start; subframes have navigationStart events too.
  const from = idleMark.ts - idleMark.args!.data.startTime * 1000;
  const to = idleMark.ts;
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from));
  const inWindow = (e: TraceEvent) => e.ph === 'X' && e.ts < to && e.ts + (e.dur ?? 0) > from;
  const nameOf = (e: TraceEvent) => `${threadName.get(`${e.pid}:${e.tid}`) ?? 'thread'}${e.pid === pagePid ? '' : ` (pid ${e.pid})`}`;

  // Busy time is the union of each thread's tasks: tasks nest, and several names mark the same task.
  const tasks = new Map<string, [number, number][]>();
  for (const e of events) {
    if (!inWindow(e) || !/^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/.test(e.name)) continue;
    const key = nameOf(e);
    const list = tasks.get(key) ?? [];
    list.push([Math.max(e.ts, from), Math.min(e.ts + (e.dur ?? 0), to)]);
    tasks.set(key, list);
  }
  const busy = new Map<string, number>();
  for (const [key, list] of tasks) {
    list.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let end = -Infinity;
    for (const [s, e] of list) {
      if (e <= end) continue;
      total += e - Math.max(s, end);
      end = e;
    }
    busy.set(key, total / 1000);
  }

  const mainTid = events.find((e) => e.pid === pagePid && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')?.tid;
  const gpu = events.find((e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrGpuMain');
  const byName = new Map<string, number>();
  const gpuByName = new Map<string, number>();
  for (const e of events) {
    if (!inWindow(e)) continue;
    if (e.pid === pagePid && e.tid === mainTid) byName.set(e.name, (byName.get(e.name) ?? 0) + clip(e) / 1000);
    else if (gpu && e.pid === gpu.pid && e.tid === gpu.tid) gpuByName.set(e.name, (gpuByName.get(e.name) ?? 0) + clip(e) / 1000);
  }

  const marks: Record<string, number> = {};
  for (const e of events) {
    if (e.pid === pagePid && e.cat?.includes('blink.user_timing') && /^(atlas|bench|baseline):/.test(e.name)) {
      marks[e.name] ??= round((e.ts - from) / 1000);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    window: round((to - from) / 1000),
    threads: sorted(busy).map(([thread, ms]) => ({ thread, busy: round(ms) })),
    mainThread: sorted(byName).map(([name, ms]) => ({ name, ms: round(ms) })),
    gpuThread: sorted(gpuByName).map(([name, ms]) => ({ name, ms: round(ms) })),
    marks,
  };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Self time by script (its file name), ms. */
  byScript: { script: string; ms: number }[];
  /** Self time by function, ms; minified names keep their position to be looked up in the bundle. */
  byFunction: { fn: string; ms: number }[];
}

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const frame = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const script = new Map<string, number>();
  const fn = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = frame.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!f) return;
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : `(${f.functionName || 'native'})`;
    script.set(file, (script.get(file) ?? 0) + ms);
    const key = f.url ? `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : file;
    fn.set(key, (fn.get(key) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    byScript: sorted(script).map(([s, ms]) => ({ script: s, ms: round(ms) })),
    byFunction: sorted(fn).map(([f, ms]) => ({ fn: f, ms: round(ms) })),
  };
}
