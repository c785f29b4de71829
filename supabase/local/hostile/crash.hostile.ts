/**
 * Crash: the stack runs as a child process on a data folder; several clients send 1,000 writes;
 * the process is killed with SIGKILL mid-way and started again on the same folder. The database
 * must open, and every write that was acknowledged with a 2xx must be there (each with its
 * activity row, written in the same transaction).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys, signJwt } from '../auth/jwt';
import { REPO_ROOT } from '../server';
import { PERSONAS, reply } from './helpers';
import { recordFigures } from './figures';

const WRITES = 1000;
const CLIENTS = 8;
const SECRET = 'hostile-crash-secret-hostile-crash-secret-0123';

let dir: string;
let child: ChildProcess | null = null;
let port: number;
let log = '';
const figures = { crash_acknowledged_writes: 0, crash_found_writes: 0, crash_lost_writes: 0 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** Starts `node --import tsx supabase/local/cli/stack.ts` (node itself, so that SIGKILL hits the server). */
async function startChild(): Promise<void> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'supabase/local/cli/stack.ts', '--data', dir, '--port', String(port), '--quiet'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, SUPABASE_JWT_SECRET: SECRET, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child = proc;
  proc.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`the stack exited with ${proc.exitCode}:\n${log}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/auth/v1/health`, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the stack did not start within 120 s:\n${log}`);
}

function kill9(): Promise<void> {
  const proc = child;
  child = null;
  if (!proc || proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ita-crash-'));
  port = await freePort();
});
afterAll(async () => {
  recordFigures('crash', figures);
  if (child) {
    const proc = child;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 10_000).unref();
    });
  }
  await rm(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of writes', () => {
  it(
    `${WRITES} writes from ${CLIENTS} clients, SIGKILL mid-way, restart: every acknowledged write is there`,
    { timeout: 240_000 },
    async () => {
      await startChild();
      const base = `http://127.0.0.1:${port}`;
      const keys = await deriveKeys(SECRET);
      const head = PERSONAS.head_dindaeng_finance;
      const token = await signJwt(SECRET, { sub: head.id, role: 'authenticated' }, 3600);
      const headers = { apikey: keys.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const measures = (
        await reply(
          await fetch(`${base}/rest/v1/measures?select=id&department_id=eq.${head.dept}&limit=5`, { headers }),
        )
      ).json as { id: string }[];
      expect(measures.length).toBeGreaterThan(0);

      const run = `crash-${Date.now()}`;
      const acknowledged = new Set<string>();
      const killAt = 300 + Math.floor(Math.random() * 300);
      let next = 0;
      const state: { killing: Promise<void> | null } = { killing: null };
      const client = async (c: number) => {
        while (next < WRITES && !state.killing) {
          const n = next++;
          const body = `${run} ${c}-${n}`;
          try {
            const res = await fetch(`${base}/rest/v1/comments`, {
              method: 'POST',
              headers,
              body: JSON.stringify({ measure_id: measures[n % measures.length]!.id, body }),
            });
            await res.arrayBuffer();
            if (res.status >= 200 && res.status < 300) acknowledged.add(body);
            else throw new Error(`write ${n}: ${res.status}`);
          } catch (e) {
            if (!state.killing) throw e;
          }
          if (acknowledged.size >= killAt && !state.killing) state.killing = kill9();
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
      await state.killing;
      figures.crash_acknowledged_writes = acknowledged.size;
      expect(acknowledged.size).toBeGreaterThanOrEqual(killAt);
      expect(acknowledged.size).toBeLessThan(WRITES);

      // The same folder opens again (the lock left by the killed process is stale and ignored).
      await startChild();
      const service = { apikey: keys.serviceRoleKey, authorization: `Bearer ${keys.serviceRoleKey}` };
      const found = (
        await reply(
          await fetch(`${base}/rest/v1/comments?select=id,body&body=like.${encodeURIComponent(run)}*`, {
            headers: service,
          }),
        )
      ).json as { id: string; body: string }[];
      const foundBodies = new Set(found.map((f) => f.body));
      figures.crash_found_writes = [...acknowledged].filter((b) => foundBodies.has(b)).length;
      figures.crash_lost_writes = acknowledged.size - figures.crash_found_writes;
      expect(figures.crash_lost_writes).toBe(0);
      // Nothing half-written: every comment that is there has its activity row (same transaction).
      const activity = (
        await reply(
          await fetch(
            `${base}/rest/v1/activity_log?select=entity_id&action=eq.comment.create&measure_id=in.(${measures.map((m) => m.id).join(',')})`,
            { headers: service },
          ),
        )
      ).json as { entity_id: string }[];
      const logged = new Set(activity.map((a) => a.entity_id));
      expect(found.filter((f) => !logged.has(f.id))).toEqual([]);
      // And the restarted stack takes writes again.
      const after = await fetch(`${base}/rest/v1/comments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ measure_id: measures[0]!.id, body: `${run} after restart` }),
      });
      expect(after.status).toBe(201);
    },
  );
});
