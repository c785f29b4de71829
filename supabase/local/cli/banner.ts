import type { RunningStack } from '../server';

export const DEMO_LOGINS: { email: string; role: string }[] = [
  { email: 'admin@dindaeng.example', role: 'ITA coordinator (admin)' },
  { email: 'director@dindaeng.example', role: 'district director' },
  { email: 'head.finance@dindaeng.example', role: 'head, ฝ่ายการคลัง' },
  { email: 'staff.finance@dindaeng.example', role: 'staff, ฝ่ายการคลัง' },
  { email: 'head.governance@dindaeng.example', role: 'head, ฝ่ายปกครอง' },
  { email: 'staff.governance@dindaeng.example', role: 'staff, ฝ่ายปกครอง' },
  { email: 'director@huaikhwang.example', role: 'director, another district' },
];

export function printBanner(stack: RunningStack, opts: { appUrl?: string; seeded: boolean }) {
  const lines = [
    '',
    `  ITA Action Tracker — local stack ready`,
    '',
    ...(opts.appUrl ? [`  App:              ${opts.appUrl}`] : []),
    `  API URL:          ${stack.url}  (/auth/v1, /rest/v1, /storage/v1)`,
    `  anon key:         ${stack.keys.anonKey}`,
    `  service_role key: ${stack.keys.serviceRoleKey}`,
    '',
  ];
  if (opts.seeded) {
    lines.push('  Demo logins (password: demo-password):');
    for (const d of DEMO_LOGINS) lines.push(`    ${d.email.padEnd(36)} ${d.role}`);
    lines.push('');
  }
  lines.push('  Stop with Ctrl+C.', '');
  process.stdout.write(lines.join('\n') + '\n');
}
