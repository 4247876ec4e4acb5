import type { Clock } from '../shared/index.js';

/** One unit of background work, given the instant its cycle started. */
export type OutboxJob = (now: Date) => Promise<unknown>;

export interface OutboxWorker {
  /** Runs one cycle now (after any cycle already running); what tests and the first tick use. */
  runOnce(): Promise<void>;
  /** No new cycle starts; resolves when the running one, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * The in-process worker: every `intervalMs` it runs its jobs in order (schedule reminders, then
 * send what is due). Cycles never overlap, a failing job does not stop the next ones (its error
 * goes to `onError`), and the timer does not keep the process alive.
 */
export function startOutboxWorker(options: {
  clock: Clock;
  jobs: readonly OutboxJob[];
  intervalMs?: number;
  onError?: (error: unknown) => void;
}): OutboxWorker {
  const interval = options.intervalMs ?? 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const cycle = async (): Promise<void> => {
    const now = options.clock.now();
    for (const job of options.jobs) {
      if (stopped) return;
      try {
        await job(now);
      } catch (error) {
        options.onError?.(error);
      }
    }
  };
  const runOnce = (): Promise<void> => {
    running = running.then(cycle);
    return running;
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void runOnce().then(schedule), interval);
    timer.unref();
  };
  void runOnce().then(schedule);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
