import { ensureSnapshot } from './snapshot';

/** Vitest global setup: prepare the database snapshots once for every test file. */
export default async function setup() {
  process.env.ITA_SNAPSHOT_SEEDED = await ensureSnapshot({ seed: true });
  process.env.ITA_SNAPSHOT_EMPTY = await ensureSnapshot({ seed: false });
}
