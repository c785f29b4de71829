/** The seeded demo organisations, departments and users (supabase/seed.sql), as named test personas. */

export const ORG = {
  dindaeng: '10000000-0000-4000-8000-000000000001',
  huaikhwang: '10000000-0000-4000-8000-000000000002',
} as const;

export const DEPT = {
  dindaeng_governance: '20000000-0000-4000-8000-000000000101',
  dindaeng_registry: '20000000-0000-4000-8000-000000000102',
  dindaeng_finance: '20000000-0000-4000-8000-000000000103',
  dindaeng_revenue: '20000000-0000-4000-8000-000000000104',
  huaikhwang_governance: '20000000-0000-4000-8000-000000000201',
  huaikhwang_finance: '20000000-0000-4000-8000-000000000203',
} as const;

export const PLAN = {
  dindaeng_2565: '50000000-0000-4000-8000-000000000165',
  huaikhwang_2565: '50000000-0000-4000-8000-000000000265',
} as const;

export const FRAMEWORK = {
  dindaeng_2565: '40000000-0000-4000-8000-000000000165',
  huaikhwang_2565: '40000000-0000-4000-8000-000000000265',
} as const;

export type Role = 'admin' | 'director' | 'head' | 'staff';

export interface Persona {
  name: string;
  email: string;
  id: string;
  org: string;
  dept: string | null;
  role: Role;
  active: boolean;
}

const u = (org: 1 | 2, n: number) => `30000000-0000-4000-8000-000000000${org}${String(n).padStart(2, '0')}`;

export const PERSONAS = {
  admin_dindaeng: {
    email: 'admin@dindaeng.example',
    id: u(1, 1),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_governance,
    role: 'admin',
    active: true,
  },
  director_dindaeng: {
    email: 'director@dindaeng.example',
    id: u(1, 2),
    org: ORG.dindaeng,
    dept: null,
    role: 'director',
    active: true,
  },
  head_dindaeng_finance: {
    email: 'head.finance@dindaeng.example',
    id: u(1, 3),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_finance,
    role: 'head',
    active: true,
  },
  staff_dindaeng_finance: {
    email: 'staff.finance@dindaeng.example',
    id: u(1, 4),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_finance,
    role: 'staff',
    active: true,
  },
  staff2_dindaeng_finance: {
    email: 'staff2.finance@dindaeng.example',
    id: u(1, 5),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_finance,
    role: 'staff',
    active: true,
  },
  head_dindaeng_governance: {
    email: 'head.governance@dindaeng.example',
    id: u(1, 6),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_governance,
    role: 'head',
    active: true,
  },
  staff_dindaeng_governance: {
    email: 'staff.governance@dindaeng.example',
    id: u(1, 7),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_governance,
    role: 'staff',
    active: true,
  },
  head_dindaeng_registry: {
    email: 'head.registry@dindaeng.example',
    id: u(1, 8),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_registry,
    role: 'head',
    active: true,
  },
  staff_dindaeng_registry: {
    email: 'staff.registry@dindaeng.example',
    id: u(1, 9),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_registry,
    role: 'staff',
    active: true,
  },
  disabled_dindaeng_finance: {
    email: 'disabled.finance@dindaeng.example',
    id: u(1, 10),
    org: ORG.dindaeng,
    dept: DEPT.dindaeng_finance,
    role: 'staff',
    active: false,
  },
  admin_huaikhwang: {
    email: 'admin@huaikhwang.example',
    id: u(2, 1),
    org: ORG.huaikhwang,
    dept: DEPT.huaikhwang_governance,
    role: 'admin',
    active: true,
  },
  director_huaikhwang: {
    email: 'director@huaikhwang.example',
    id: u(2, 2),
    org: ORG.huaikhwang,
    dept: null,
    role: 'director',
    active: true,
  },
  head_huaikhwang_finance: {
    email: 'head.finance@huaikhwang.example',
    id: u(2, 3),
    org: ORG.huaikhwang,
    dept: DEPT.huaikhwang_finance,
    role: 'head',
    active: true,
  },
  staff_huaikhwang_finance: {
    email: 'staff.finance@huaikhwang.example',
    id: u(2, 4),
    org: ORG.huaikhwang,
    dept: DEPT.huaikhwang_finance,
    role: 'staff',
    active: true,
  },
} satisfies Record<string, Omit<Persona, 'name'>>;

export type PersonaName = keyof typeof PERSONAS;

export function persona(name: PersonaName): Persona {
  return { name, ...PERSONAS[name] };
}
