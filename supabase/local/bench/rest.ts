/**
 * REST layer overhead: a 50-row embedded select through supabase-js (HTTP, JWT,
 * parsing, planning, runAs transaction) against the very SQL the layer generates
 * run directly on the same PGlite. Reports the ratio of the medians.
 */
import { planRequest, type RestRequest } from '../rest/handlers';
import { parseQuery } from '../rest/query-params';
import { loadSchemaCache } from '../rest/schema-cache';
import { startTestStack } from '../testing/stack';

const WARMUP = 60;
const ITERATIONS = 60;
const SELECT = 'id,name,created_at,bench_children(id,label,value)';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function benchRest(): Promise<{ rest_vs_direct_ratio: number; rest_ms: number; direct_ms: number }> {
  const stack = await startTestStack({ seed: false });
  try {
    await stack.db.exec(`
      create table bench_parents (id int primary key, name text not null, created_at timestamptz not null default now());
      create table bench_children (id int primary key, parent_id int not null references bench_parents (id), label text, value numeric);
      create index on bench_children (parent_id);
      insert into bench_parents (id, name) select g, 'parent ' || g from generate_series(1, 60) g;
      insert into bench_children select g, (g % 60) + 1, 'child ' || g, g * 1.5 from generate_series(1, 240) g;
      analyze bench_parents; analyze bench_children;
    `);
    await stack.deps.reloadSchema!();
    const client = stack.anon();
    const viaRest = async () => {
      const { data, error } = await client.from('bench_parents').select(SELECT).order('id').limit(50);
      if (error || data?.length !== 50) throw new Error(`bench query failed: ${error?.message ?? data?.length}`);
    };

    // The statement the layer runs for that request, straight on PGlite.
    const cache = await loadSchemaCache(stack.db);
    const req: RestRequest = {
      method: 'GET',
      kind: 'table',
      name: 'bench_parents',
      query: parseQuery(new URLSearchParams({ select: SELECT, order: 'id', limit: '50' })),
      prefer: { invalid: [] },
      media: { kind: 'json', stripNulls: false },
      body: '',
      contentType: undefined,
      rangeHeader: undefined,
    };
    const stmt = planRequest(cache, req);
    const direct = async () => {
      const r = await stack.db.query<{ body: string }>(stmt.sql, stmt.params);
      if ((JSON.parse(r.rows[0]!.body) as unknown[]).length !== 50) throw new Error('direct query failed');
    };

    const time = async (fn: () => Promise<void>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };
    for (let i = 0; i < WARMUP; i++) {
      await viaRest();
      await direct();
    }
    const restTimes: number[] = [];
    const directTimes: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      restTimes.push(await time(viaRest));
      directTimes.push(await time(direct));
    }
    const rest_ms = median(restTimes);
    const direct_ms = median(directTimes);
    return {
      rest_vs_direct_ratio: Number((rest_ms / direct_ms).toFixed(3)),
      rest_ms: Number(rest_ms.toFixed(3)),
      direct_ms: Number(direct_ms.toFixed(3)),
    };
  } finally {
    await stack.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchRest().then((r) => console.log(JSON.stringify(r)));
}
