import autocannon from 'autocannon';

/** One load run's figures: throughput of answered requests, latency percentiles in ms. */
export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

/** How to make a request: the method, the path and headers, and a body made fresh for each. */
export interface LoadTarget {
  port: number;
  method: string;
  headers: Record<string, string>;
  /** The next request's path and body (called once per request). */
  next: () => { path: string; body?: string };
}

/**
 * Drives `target` on loopback with autocannon for `duration` seconds (or `amount` requests) over
 * `connections` keep-alive connections. Percentiles come from every response's own time
 * (autocannon's summary has no p95). A request answered with an error status is a failure and
 * stops the run's figures from counting as a result.
 */
export async function runLoad(target: LoadTarget, options: { connections: number; duration?: number; amount?: number }): Promise<LoadFigures> {
  const times: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const instance = autocannon({
    url: `http://127.0.0.1:${target.port}`,
    connections: options.connections,
    timeout: 30,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
    requests: [
      {
        method: target.method,
        headers: target.headers,
        setupRequest: (request) => {
          const next = target.next();
          return { ...request, path: next.path, ...(next.body === undefined ? {} : { body: next.body }) };
        },
        onResponse: (status, body) => {
          if (status >= 300) {
            failures += 1;
            firstFailure ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  // autocannon ends a run on its one-second ticker: the run's time is up to the last answer.
  const started = performance.now();
  let lastAnswer = started;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    lastAnswer = performance.now();
    if (statusCode < 300) times.push(responseTime);
  });
  const result = await instance;
  const seconds = (lastAnswer - started) / 1000;
  failures += result.errors + result.timeouts;
  if (failures > 0) process.stderr.write(`  ${failures} failed requests on :${target.port} (first: ${firstFailure ?? 'connection error or timeout'})\n`);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { requests: times.length, perSecond: times.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), failures };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
