import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerProcessOptions, ServerProcessReady } from './server-process.js';

export interface RunningServers extends ServerProcessReady {
  /** The server process's CPU time so far (user + system) and its monotonic clock, in µs, and its socket writes. */
  cpuMicros(): Promise<{ cpu: number; monotonicMicros: number; socketWrites: number }>;
  stop(): Promise<void>;
}

/** BENCH_CPU_PROFILE=<folder>: the server process writes a V8 CPU profile there when it stops (bench/profile.ts reads it). */
function profileArgs(): string[] {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? ['--cpu-prof', `--cpu-prof-dir=${folder}`] : [];
}

/** Starts `server-process.ts` in a child (through tsx) and waits until it listens. */
export async function spawnServers(options: ServerProcessOptions): Promise<RunningServers> {
  const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child: ChildProcess = fork(entry, [JSON.stringify(options)], { execArgv: ['--import', 'tsx', ...profileArgs()], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<ServerProcessReady>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server process ended (${code}) before it listened`)));
    child.on('message', (message: { ready?: ServerProcessReady }) => {
      if (message.ready) resolve(message.ready);
    });
  });
  child.removeAllListeners('exit');
  return {
    ...ready,
    cpuMicros: () =>
      new Promise<{ cpu: number; monotonicMicros: number; socketWrites: number }>((resolve) => {
        const listener = (message: { cpu?: number; monotonicMicros?: number; socketWrites?: number }) => {
          if (message.cpu === undefined) return;
          child.off('message', listener);
          resolve({ cpu: message.cpu, monotonicMicros: message.monotonicMicros!, socketWrites: message.socketWrites! });
        };
        child.on('message', listener);
        child.send({ cpu: true });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ stop: true });
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
