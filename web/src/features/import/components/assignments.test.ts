import { defaultAssignments, fillMissingDepartments, payloadFor, updateAssignment } from './assignments';
import type { ImportedPlan } from '@/features/import/lib/imported-plan-schema';

const DEPARTMENTS = [
  { id: 'd-gov', name: 'ฝ่ายปกครอง', code: 'GOV' },
  { id: 'd-fin', name: 'ฝ่ายการคลัง', code: 'FIN' },
];

const plan: ImportedPlan = {
  agency: 'สำนักงานเขตดินแดง',
  fiscal_year_be: 2566,
  title: 'แผน 2566',
  ita_score: 80,
  ita_grade: 'ผ่าน',
  indicators: [
    {
      no: 1,
      name: 'การปฏิบัติหน้าที่',
      group: 'IIT',
      score: 90,
      analysis: '',
      agency_analysis: '',
      measures: ['ก', 'ข', 'ค'],
      measure_details: [
        { department: 'การคลัง', due_date: '2023-03-31' },
        { department: 'ฝ่ายไม่มี', due_date: null },
        { department: null, due_date: null },
      ],
    },
    { no: 2, name: 'การใช้งบประมาณ', group: 'IIT', score: null, analysis: '', agency_analysis: '', measures: ['ง'] },
  ],
};

describe('import assignments', () => {
  it('start from the file’s department (matched by name) and due date, else the fiscal year’s last day', () => {
    expect(defaultAssignments(plan, DEPARTMENTS)).toEqual([
      [
        { departmentId: 'd-fin', dueDate: '2023-03-31', unmatched: null },
        { departmentId: '', dueDate: '2023-09-30', unmatched: 'ฝ่ายไม่มี' },
        { departmentId: '', dueDate: '2023-09-30', unmatched: null },
      ],
      [{ departmentId: '', dueDate: '2023-09-30', unmatched: null }],
    ]);
  });

  it('build no payload while a measure has no department, then the RPC payload once all have one', () => {
    const start = defaultAssignments(plan, DEPARTMENTS);
    const blocked = payloadFor(plan, start, { organizationId: 'org', departments: DEPARTMENTS });
    expect(blocked.payload).toBeNull();
    expect(blocked.problems.map((p) => p.code)).toEqual(['missing_department']);

    const filled = updateAssignment(fillMissingDepartments(start, 'd-gov'), 1, 0, { dueDate: '2023-06-30' });
    const { payload, problems, missingDue } = payloadFor(plan, filled, {
      organizationId: 'org',
      departments: DEPARTMENTS,
    });
    expect(problems).toEqual([]);
    expect(missingDue).toBe(0);
    expect(payload!.organization_id).toBe('org');
    expect(payload!.indicators.map((i) => i.measures)).toEqual([
      [
        { title: 'ก', department_id: 'd-fin', due_date: '2023-03-31' },
        { title: 'ข', department_id: 'd-gov', due_date: '2023-09-30' },
        { title: 'ค', department_id: 'd-gov', due_date: '2023-09-30' },
      ],
      [{ title: 'ง', department_id: 'd-gov', due_date: '2023-06-30' }],
    ]);
  });
});
