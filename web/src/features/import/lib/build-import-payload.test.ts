import { buildImportPayload, findDepartment, fiscalYearEnd } from './build-import-payload';
import type { ImportedPlan } from './imported-plan-schema';
import { EXPECTED_PLAN } from './plan-test-utils';

const DEPARTMENTS = [
  { id: 'd-gov', name: 'ฝ่ายปกครอง', code: 'GOV' },
  { id: 'd-fin', name: 'ฝ่ายการคลัง', code: 'FIN' },
];
const ORG = '10000000-0000-4000-8000-000000000001';

const onlyFirst: ImportedPlan = { ...EXPECTED_PLAN, indicators: [EXPECTED_PLAN.indicators[0]!] };

describe('buildImportPayload', () => {
  it('turns each measure into { title, department_id, due_date } with the defaults', () => {
    const { payload, problems } = buildImportPayload(onlyFirst, {
      organizationId: ORG,
      departments: DEPARTMENTS,
      defaultDepartment: 'GOV',
    });
    expect(payload).toEqual({
      organization_id: ORG,
      agency: 'สำนักงานเขตดินแดง',
      fiscal_year_be: 2565,
      title: EXPECTED_PLAN.title,
      ita_score: 75.28,
      ita_grade: 'B',
      indicators: [
        {
          ...EXPECTED_PLAN.indicators[0],
          measures: EXPECTED_PLAN.indicators[0]!.measures.map((title) => ({
            title,
            department_id: 'd-gov',
            due_date: '2022-09-30',
          })),
        },
      ],
    });
    expect(problems.map((p) => [p.code, p.message_en])).toEqual([
      ['default_due_date', 'Measures without a due date get 30/09/2565'],
    ]);
  });

  it('uses the department and due date of each measure from the template', () => {
    const plan: ImportedPlan = {
      ...onlyFirst,
      indicators: [
        {
          ...onlyFirst.indicators[0]!,
          measure_details: [
            { department: 'การคลัง', due_date: '2022-03-31' },
            { department: 'ฝ่ายปกครอง', due_date: '2022-06-30' },
            { department: 'fin', due_date: '2022-01-15' },
          ],
        },
      ],
    };
    const { payload, problems } = buildImportPayload(plan, { organizationId: ORG, departments: DEPARTMENTS });
    expect(payload!.indicators[0]!.measures.map((m) => [m.department_id, m.due_date])).toEqual([
      ['d-fin', '2022-03-31'],
      ['d-gov', '2022-06-30'],
      ['d-fin', '2022-01-15'],
    ]);
    expect(problems).toEqual([]);
  });

  it('refuses unknown departments, measures without one, and indicators without a group', () => {
    const plan: ImportedPlan = {
      ...EXPECTED_PLAN,
      indicators: [
        {
          ...EXPECTED_PLAN.indicators[0]!,
          group: null,
          measure_details: EXPECTED_PLAN.indicators[0]!.measures.map(() => ({ department: 'ฝ่ายไม่มี', due_date: null })),
        },
        EXPECTED_PLAN.indicators[1]!,
      ],
    };
    const { payload, problems } = buildImportPayload(plan, { organizationId: ORG, departments: DEPARTMENTS });
    expect(payload).toBeNull();
    expect(problems.map((p) => `${p.severity}:${p.code}`)).toEqual([
      'error:missing_group',
      'error:unknown_department',
      'error:missing_department',
      'warning:default_due_date',
    ]);
    expect(problems[1]!.message_th).toBe('ไม่พบหน่วยงาน "ฝ่ายไม่มี" ในระบบ (มี: ฝ่ายปกครอง, ฝ่ายการคลัง)');
  });

  it('finds departments by id, code or name, with or without "ฝ่าย"', () => {
    expect(findDepartment(DEPARTMENTS, 'd-fin')?.id).toBe('d-fin');
    expect(findDepartment(DEPARTMENTS, ' gov ')?.id).toBe('d-gov');
    expect(findDepartment(DEPARTMENTS, 'ปกครอง')?.id).toBe('d-gov');
    expect(findDepartment(DEPARTMENTS, 'ฝ่ายโยธา')).toBeNull();
    expect(fiscalYearEnd(2566)).toBe('2023-09-30');
  });
});
