import { describe, expect, it } from 'vitest';
import { TestClock } from '../shared/index.js';
import { startOutboxWorker } from './start-outbox-worker.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the outbox worker', () => {
  it('runs its jobs in order at once and then on every tick, going on past a failing job', async () => {
    const log: string[] = [];
    const errors: unknown[] = [];
    const worker = startOutboxWorker({
      clock: new TestClock('2027-01-04T12:00:00Z'),
      intervalMs: 20,
      jobs: [
        async (now) => {
          log.push(`schedule ${now.toISOString()}`);
          throw new Error('one agency failed');
        },
        async () => void log.push('drain'),
      ],
      onError: (error) => errors.push(error),
    });
    await pause(70);
    await worker.stop();
    expect(log.slice(0, 4)).toEqual(['schedule 2027-01-04T12:00:00.000Z', 'drain', 'schedule 2027-01-04T12:00:00.000Z', 'drain']);
    expect(errors.length).toBe(log.filter((line) => line.startsWith('schedule')).length);
  });

  it('never overlaps two cycles, and stop waits for the running one', async () => {
    let running = 0;
    let most = 0;
    let finished = 0;
    const worker = startOutboxWorker({
      clock: new TestClock(),
      intervalMs: 1,
      jobs: [
        async () => {
          running++;
          most = Math.max(most, running);
          await pause(15);
          running--;
          finished++;
        },
      ],
    });
    void worker.runOnce();
    void worker.runOnce();
    await pause(40);
    await worker.stop();
    expect(most).toBe(1);
    expect(running).toBe(0);
    const after = finished;
    await pause(20);
    expect(finished).toBe(after);
  });
});
