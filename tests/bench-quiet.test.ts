import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { canReadChromiumCpu, chromiumCpu, chromiumQuiet, gpuQuiet } from '../scripts/bench/chromium-cpu';

// The bench launches Chromium from its own process: these tests launch a busy child instead, which
// the same reading counts among "every other Chromium process".
let busy: ChildProcess | null = null;
const spin = () => {
  busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return new Promise((ok) => setTimeout(ok, 300)); // started and burning CPU
};
afterEach(() => {
  busy?.kill('SIGKILL');
  busy = null;
});

describe.runIf(canReadChromiumCpu)('waiting for the browser to go quiet before a load', () => {
  it("counts the CPU of the bench's child processes", async () => {
    await spin();
    const before = chromiumCpu();
    await new Promise((ok) => setTimeout(ok, 400));
    const after = chromiumCpu();
    expect(after.other - before.other).toBeGreaterThan(200);
    expect(after.gpu - before.gpu).toBe(0); // no GPU process among them
  });

  it('waits while a child process is busy, up to its time limit', async () => {
    await spin();
    expect(await chromiumQuiet({ timeoutMs: 800 })).toBeGreaterThanOrEqual(800);
  });

  it('goes on at once when nothing is running, and the GPU wait ignores other processes', async () => {
    expect(await chromiumQuiet({ timeoutMs: 3000 })).toBeLessThan(1500);
    await spin();
    expect(await gpuQuiet({ timeoutMs: 3000 })).toBeLessThan(1500);
  });
});
