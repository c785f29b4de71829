/**
 * `npm run bench`: every performance figure of the project, one `name: value` per line.
 * Targets are stated beside each figure in README.md ("Performance"); nothing here asserts them.
 */
import { benchDashboard } from './dashboard';
import { benchRest } from './rest';
import { benchWeb } from './web';

type Bench = { name: string; run: () => Promise<Record<string, number | string>> };

const benches: Bench[] = [
  { name: 'rest', run: benchRest },
  { name: 'dashboard', run: benchDashboard },
  { name: 'web', run: benchWeb },
];

async function main() {
  const only = process.argv.slice(2);
  let failed = false;
  for (const b of benches) {
    if (only.length && !only.includes(b.name)) continue;
    try {
      const figures = await b.run();
      for (const [k, v] of Object.entries(figures)) console.log(`${k}: ${v}`);
    } catch (e) {
      failed = true;
      console.error(`bench ${b.name} failed:`, e);
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
