import type { MeasureStatus } from '@/config/measure-status';
import { measurePermissions, type MeasureViewer } from './measure-permissions';

const FIN = 'dept-fin';
const REG = 'dept-reg';
const head: MeasureViewer = { id: 'head', role: 'head', departmentId: FIN };
const staff: MeasureViewer = { id: 'staff', role: 'staff', departmentId: FIN };
const otherStaff: MeasureViewer = { id: 'staff2', role: 'staff', departmentId: FIN };
const otherHead: MeasureViewer = { id: 'head2', role: 'head', departmentId: REG };
const admin: MeasureViewer = { id: 'admin', role: 'admin', departmentId: REG };
const director: MeasureViewer = { id: 'director', role: 'director', departmentId: null };

const at = (status: MeasureStatus) => ({ department_id: FIN, status });

describe('measurePermissions', () => {
  it('lets an assignee start, then submit, but never approve, return or cancel', () => {
    expect(measurePermissions(staff, at('not_started'), ['staff']).actions).toEqual(['start']);
    expect(measurePermissions(staff, at('in_progress'), ['staff']).actions).toEqual(['submit']);
    expect(measurePermissions(staff, at('returned'), ['staff']).actions).toEqual(['start']);
    expect(measurePermissions(staff, at('submitted'), ['staff']).actions).toEqual([]);
    expect(measurePermissions(staff, at('approved'), ['staff']).actions).toEqual([]);
  });

  it('gives staff who are not assigned nothing to do but comment', () => {
    const p = measurePermissions(otherStaff, at('in_progress'), ['staff']);
    expect(p.actions).toEqual([]);
    expect(p.canUpdatePercent).toBe(false);
    expect(p.canReportProgress).toBe(false);
    expect(p.canUploadEvidence).toBe(false);
    expect(p.canComment).toBe(true);
  });

  it('lets the head of the owner department review, reopen and cancel', () => {
    expect(measurePermissions(head, at('submitted'), []).actions).toEqual(['approve', 'return', 'cancel']);
    expect(measurePermissions(head, at('approved'), []).actions).toEqual(['reopen']);
    expect(measurePermissions(head, at('cancelled'), []).actions).toEqual(['reopen']);
    expect(measurePermissions(head, at('in_progress'), []).actions).toEqual(['submit', 'cancel']);
  });

  it('treats the head of another department like a reader', () => {
    const p = measurePermissions(otherHead, at('submitted'), []);
    expect(p.isManager).toBe(false);
    expect(p.actions).toEqual([]);
    expect(p.canEdit).toBe(false);
  });

  it('lets admins manage any department', () => {
    const p = measurePermissions(admin, at('not_started'), []);
    expect(p.actions).toEqual(['start', 'cancel']);
    expect(p.canEdit && p.canAssign).toBe(true);
  });

  it('gives the director no edit controls and no workflow steps', () => {
    for (const status of ['not_started', 'in_progress', 'submitted', 'returned', 'approved'] as const) {
      const p = measurePermissions(director, at(status), []);
      expect(p.actions).toEqual([]);
      expect(p.canEdit || p.canAssign || p.canUpdatePercent || p.canReportProgress || p.canUploadEvidence).toBe(false);
      expect(p.canComment).toBe(true);
    }
  });

  it('locks an approved measure: no edits, assignments, progress or evidence changes', () => {
    const p = measurePermissions(head, at('approved'), ['head']);
    expect(p.isLocked).toBe(true);
    expect(p.canEdit || p.canAssign || p.canUpdatePercent || p.canReportProgress).toBe(false);
    expect(p.canUploadEvidence || p.canRemoveEvidence).toBe(false);
  });

  it('lets assignees remove their own evidence, and the head and admins anyone’s', () => {
    const assignee = measurePermissions(staff, at('in_progress'), ['staff']);
    expect([assignee.canRemoveEvidence, assignee.canRemoveAnyEvidence]).toEqual([true, false]);
    for (const manager of [head, admin]) {
      const p = measurePermissions(manager, at('in_progress'), []);
      expect([p.canRemoveEvidence, p.canRemoveAnyEvidence]).toEqual([true, true]);
    }
    for (const reader of [otherStaff, otherHead, director]) {
      const p = measurePermissions(reader, at('in_progress'), ['staff']);
      expect([p.canRemoveEvidence, p.canRemoveAnyEvidence]).toEqual([false, false]);
    }
  });

  it('keeps evidence open to the reviewer but not to staff while a measure is submitted', () => {
    expect(measurePermissions(staff, at('submitted'), ['staff']).canUploadEvidence).toBe(false);
    expect(measurePermissions(head, at('submitted'), []).canUploadEvidence).toBe(true);
  });
});
