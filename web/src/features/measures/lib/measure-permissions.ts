import type { MeasureStatus } from '@/config/measure-status';
import type { Role } from '@/config/roles';
import type { MeasureAction } from '@/features/measures/api/transition-measure';

/** Who is looking at the page (from the signed-in profile). */
export interface MeasureViewer {
  id: string;
  role: Role;
  departmentId: string | null;
}

interface MeasureFacts {
  department_id: string;
  status: MeasureStatus;
}

export interface MeasurePermissions {
  /** Admin, or the head of the owner department: edit, assign, approve, return, reopen, cancel. */
  isManager: boolean;
  /** Assigned to the measure and a member of its department. */
  isAssignee: boolean;
  /** Approved or cancelled: nothing changes until it is reopened. */
  isLocked: boolean;
  canEdit: boolean;
  canAssign: boolean;
  canUpdatePercent: boolean;
  canReportProgress: boolean;
  canComment: boolean;
  canUploadEvidence: boolean;
  /** May remove evidence they uploaded themselves. */
  canRemoveEvidence: boolean;
  /** May remove anyone's evidence (the head of the department, an admin). */
  canRemoveAnyEvidence: boolean;
  /** The workflow steps this person may take from the current status, in the order the buttons show. */
  actions: MeasureAction[];
}

const LOCKED: readonly MeasureStatus[] = ['approved', 'cancelled'];
/** Evidence changes while the work is open; once submitted, only managers (the reviewers) touch it. */
const EVIDENCE_OPEN: readonly MeasureStatus[] = ['not_started', 'in_progress', 'returned'];

/** Which step leads from which status (the database's transition table, `private.measure_transition`). */
const ACTION_FROM: Record<MeasureAction, readonly MeasureStatus[]> = {
  start: ['not_started', 'returned'],
  submit: ['in_progress'],
  approve: ['submitted'],
  return: ['submitted'],
  reopen: ['approved', 'cancelled'],
  cancel: ['not_started', 'in_progress', 'submitted', 'returned'],
};
const WORKER_ACTIONS: readonly MeasureAction[] = ['start', 'submit'];
const ACTION_ORDER: readonly MeasureAction[] = ['start', 'submit', 'approve', 'return', 'reopen', 'cancel'];

/**
 * What the viewer may do with a measure, mirroring the database rules (row-level security and the workflow
 * trigger), so the page offers only what will succeed. The database still decides.
 */
export function measurePermissions(
  viewer: MeasureViewer,
  measure: MeasureFacts,
  assigneeIds: readonly string[],
): MeasurePermissions {
  const inDepartment = viewer.departmentId !== null && viewer.departmentId === measure.department_id;
  const isManager = viewer.role === 'admin' || (viewer.role === 'head' && inDepartment);
  const isAssignee =
    (viewer.role === 'staff' || viewer.role === 'head') && inDepartment && assigneeIds.includes(viewer.id);
  const canWork = isManager || isAssignee;
  const isLocked = LOCKED.includes(measure.status);
  const isEvidenceOpen = EVIDENCE_OPEN.includes(measure.status) || (isManager && measure.status === 'submitted');

  const actions = ACTION_ORDER.filter((action) => {
    if (!ACTION_FROM[action].includes(measure.status)) return false;
    return WORKER_ACTIONS.includes(action) ? canWork : isManager;
  });

  return {
    isManager,
    isAssignee,
    isLocked,
    canEdit: isManager && !isLocked,
    canAssign: isManager && !isLocked,
    canUpdatePercent: canWork && (measure.status === 'in_progress' || measure.status === 'returned'),
    canReportProgress: canWork && !isLocked,
    canComment: true,
    canUploadEvidence: canWork && isEvidenceOpen,
    canRemoveEvidence: canWork && isEvidenceOpen,
    canRemoveAnyEvidence: isManager && isEvidenceOpen,
    actions,
  };
}
