import { checkWrites, findFixtures, fireWrite, type Sessions, type WriteKind, writeKinds } from './fault-writes.js';
import { type Dialect } from '../../src/db/database.js';
import { newTarget, pars, signIn, sleep, startServer, stopServer } from './support.js';

export interface KillRound {
  round: number;
  killedAfterMs: number;
  fired: number;
  acknowledged: number;
  found: number;
  /** Acknowledged (2xx) but absent after the restart: lost writes. */
  lost: string[];
  halfDone: string[];
  orphanEvents: number;
  auditVerified: boolean;
}

export interface KillResult {
  check: 'kill-9';
  dialect: Dialect;
  rounds: KillRound[];
  acknowledged: number;
  found: number;
  failures: string[];
}

/**
 * kill -9 during concurrent writes, `rounds` times on the same data: start `pars serve`, fire
 * referrals (with a partner), payments and emailed interim notices from `writers` concurrent
 * loops, SIGKILL the server at a random moment, then check that every acknowledged write is
 * there, that each write found is whole (data, audit event, notices, outbox rows) and that
 * `pars audit verify` passes. The next round restarts the server on the recovered data.
 */
export async function killNine(dialect: Dialect, options: { rounds: number; writers: number; log: (line: string) => void }): Promise<KillResult> {
  const target = await newTarget(dialect, 'kill');
  const failures: string[] = [];
  const rounds: KillRound[] = [];
  try {
    const seeded = pars(target, ['seed', '--demo']);
    if (seeded.code !== 0) throw new Error(`seed --demo failed: ${seeded.stderr}`);
    const database = await target.open();
    const fixtures = await findFixtures(database).finally(() => database.close());
    let sessions: Sessions | undefined;
    for (let round = 1; round <= options.rounds; round++) {
      const server = await startServer(target);
      sessions ??= {
        intake: await signIn(server.baseUrl, 'intake@demo.pars.test'),
        finance: await signIn(server.baseUrl, 'finance@demo.pars.test'),
        manager: await signIn(server.baseUrl, 'manager@demo.pars.test'),
      };
      const outcomes: { kind: WriteKind; key: string; status: number; code?: string }[] = [];
      let dead = false;
      const writer = async (loop: number) => {
        for (let n = 0; !dead; n++) {
          const kind = writeKinds[(loop + n) % writeKinds.length]!;
          const key = `fault-${dialect}-${round}-${loop}-${n}-${Math.random().toString(36).slice(2, 8)}`;
          const { status, code } = await fireWrite(server.baseUrl, sessions!, fixtures, kind, key, loop * 1000 + n);
          outcomes.push({ kind, key, status, ...(code ? { code } : {}) });
          if (status === 0) return;
        }
      };
      const killedAfterMs = 300 + Math.floor(Math.random() * 2_700);
      const loops = Array.from({ length: options.writers }, (_, loop) => writer(loop));
      await sleep(killedAfterMs);
      server.child.kill('SIGKILL');
      await server.exited;
      dead = true;
      await Promise.all(loops);

      const keys = new Map<WriteKind, string[]>(writeKinds.map((kind) => [kind, outcomes.filter((o) => o.kind === kind).map((o) => o.key)]));
      const recovered = await target.open();
      const check = await checkWrites(recovered, keys).finally(() => recovered.close());
      const acknowledged = outcomes.filter((o) => o.status >= 200 && o.status < 300);
      const refused = outcomes.filter((o) => o.status >= 300);
      const lost = acknowledged.filter((o) => !check.found.has(o.key)).map((o) => `${o.kind} ${o.key}`);
      const verify = pars(target, ['audit', 'verify']);
      const result: KillRound = {
        round,
        killedAfterMs,
        fired: outcomes.length,
        acknowledged: acknowledged.length,
        found: check.found.size,
        lost,
        halfDone: check.halfDone,
        orphanEvents: check.orphanEvents,
        auditVerified: verify.code === 0,
      };
      rounds.push(result);
      if (lost.length > 0) failures.push(`round ${round}: ${lost.length} acknowledged writes lost (${lost.slice(0, 3).join(', ')})`);
      if (check.halfDone.length > 0) failures.push(`round ${round}: half-done commands: ${check.halfDone.slice(0, 3).join(', ')}`);
      if (check.orphanEvents > 0) failures.push(`round ${round}: ${check.orphanEvents} audit events without their data`);
      if (verify.code !== 0) failures.push(`round ${round}: pars audit verify failed: ${(verify.stdout + verify.stderr).slice(-500)}`);
      // Refusals (4xx) are expected only rarely (e.g. a notice on a case that closed); a 5xx is a finding.
      const errors = refused.filter((o) => o.status >= 500);
      if (errors.length > 0) failures.push(`round ${round}: ${errors.length} answers 5xx`);
      options.log(`  kill -9 ${dialect} round ${round}: killed after ${killedAfterMs} ms; ${outcomes.length} fired, ${acknowledged.length} acknowledged, ${check.found.size} found, ${lost.length} lost, ${check.halfDone.length} half-done, ${refused.length} refused${refused.length ? ` (${[...new Set(refused.map((o) => `${o.kind} ${o.status} ${o.code ?? ''}`.trim()))].join(', ')})` : ''}; audit ${result.auditVerified ? 'intact' : 'BROKEN'}`);
    }
    // The data survives a last restart, and the server starts and stops cleanly on it.
    const last = await startServer(target);
    await stopServer(last);
    if (last.child.exitCode !== 0) failures.push(`the final restart did not stop cleanly (${last.child.exitCode ?? last.child.signalCode})`);
  } catch (error) {
    failures.push(`kill -9 ${dialect}: ${(error as Error).message.slice(0, 2_000)}`);
  } finally {
    await target.drop();
  }
  return {
    check: 'kill-9',
    dialect,
    rounds,
    acknowledged: rounds.reduce((sum, r) => sum + r.acknowledged, 0),
    found: rounds.reduce((sum, r) => sum + r.found, 0),
    failures,
  };
}
