import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

const FIXTURES = path.join(REPO_ROOT, 'web/src/testing/fixtures');
const FIXTURE = path.join(FIXTURES, 'ita-2565-dindaeng.txt');

function runImport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'supabase/local/cli/import.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, SUPABASE_SERVICE_ROLE_KEY: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const normalize = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.replace(/[\s\u00A0]+/g, ' ').trim()
    : Array.isArray(v)
      ? v.map(normalize)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]))
        : v;

describe('npm run import -- --dry-run', () => {
  it('prints the fixture as the expected JSON on stdout and the warnings on stderr, exit 0', async () => {
    const { code, stdout, stderr } = await runImport(['--dry-run', FIXTURE]);
    const expected = JSON.parse(await readFile(path.join(FIXTURES, 'ita-2565-dindaeng.expected.json'), 'utf8'));
    expect(code).toBe(0);
    expect(normalize(JSON.parse(stdout))).toEqual(normalize(expected));
    expect(stderr).toContain(
      '[warning]: ไม่พบตัวชี้วัดที่ 9, 10 ของปีงบประมาณ 2565 — Indicators 9, 10 of fiscal year 2565 were not found',
    );
  });

  it('exits 1 with a readable message when the file does not exist', async () => {
    const { code, stdout, stderr } = await runImport(['--dry-run', 'no-such-file.docx']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Cannot read no-such-file.docx: ไม่พบไฟล์ / file not found');
  });

  it('exits 1 and lists the errors with their lines when the document has errors', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ita-import-'));
    const file = path.join(dir, 'broken.txt');
    const text = (await readFile(FIXTURE, 'utf8')).replace('ตัวชี้วัดที่ 2 ', 'ตัวชี้วัดที่ 1 ');
    await writeFile(file, text);
    const { code, stdout, stderr } = await runImport(['--dry-run', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('[error] บรรทัด/แถว 13 (line 13): ตัวชี้วัดที่ 1 ซ้ำกัน — Indicator 1 appears more than once');
    expect(stderr).toContain('broken.txt has errors (1)');
  });

  it('exits 1 for an unsupported file type and 2 without a file', async () => {
    const pdf = await runImport(['--dry-run', 'package.json']);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('Unsupported file type ".json"');
    const usage = await runImport(['--dry-run']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage:');
  });
});
