import { describe, expect, it } from 'vitest';
import { summarizeProfile, summarizeTrace, type TraceEvent } from '../scripts/bench/profile';

describe('bench trace and profile summaries', () => {
  const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
  const task = (pid: number, tid: number, ts: number, dur: number, name = 'ThreadControllerImpl::RunTask'): TraceEvent => ({ name, ph: 'X', ts, dur, pid, tid });
  // Navigation at 1 000 µs, first idle 10 ms later.
  const events: TraceEvent[] = [
    meta(1, 1, 'CrRendererMain'),
    meta(2, 5, 'CrGpuMain'),
    { name: 'bench:map-idle', cat: 'blink.user_timing', ph: 'I', ts: 11_000, pid: 1, tid: 1, args: { data: { startTime: 10 } } },
    { name: 'atlas:data-loaded', cat: 'blink.user_timing', ph: 'I', ts: 4_000, pid: 1, tid: 1, args: { data: { startTime: 3 } } },
    task(1, 1, 2_000, 2_000),
    task(1, 1, 2_500, 1_000, 'FunctionCall'),
    task(1, 1, 2_000, 2_000, 'RunTask'), // the same task under its other name
    task(1, 1, 10_000, 5_000), // runs past the idle mark: clipped
    task(1, 1, 0, 500), // before navigation: left out
    task(2, 5, 3_000, 4_000),
  ];

  it('measures each thread between navigation and the first idle, counting a task once', () => {
    const s = summarizeTrace(events);
    expect(s.window).toBe(10);
    expect(s.threads).toEqual([
      { thread: 'CrGpuMain (pid 2)', busy: 4 },
      { thread: 'CrRendererMain', busy: 3 },
    ]);
    expect(s.mainThread.find((e) => e.name === 'FunctionCall')!.ms).toBe(1);
    expect(s.gpuThread[0]).toEqual({ name: 'ThreadControllerImpl::RunTask', ms: 4 });
    expect(s.marks).toEqual({ 'bench:map-idle': 10, 'atlas:data-loaded': 3 });
  });

  it('refuses a trace without the idle mark', () => {
    expect(() => summarizeTrace(events.filter((e) => e.name !== 'bench:map-idle'))).toThrow(/bench:map-idle/);
  });

  it('adds up self time by script and by function', () => {
    const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 9 });
    const s = summarizeProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('draw', 'http://x/assets/index-a.js') },
        { id: 3, callFrame: frame('', 'http://x/assets/index-a.js') },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [1000, 2000, 500, 4000],
    });
    expect(s.byScript).toEqual([
      { script: '((root))', ms: 4 },
      { script: 'index-a.js', ms: 3.5 },
    ]);
    expect(s.byFunction[1]).toEqual({ fn: 'draw index-a.js:1:10', ms: 3 });
    expect(s.byFunction[2].fn).toBe('(anonymous) index-a.js:1:10');
  });
});
