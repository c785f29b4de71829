import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateTypesFromMigrations, TYPES_FILE } from '../local/cli/gen-types';

describe('generated database types', () => {
  it('web/src/lib/database.types.ts matches the migrations (run npm run gen:types)', async () => {
    const committed = await readFile(TYPES_FILE, 'utf8');
    expect(committed).toBe(await generateTypesFromMigrations());
  });
});
