import type { TFunction } from 'i18next';
import type { ActivityEntry } from '@/features/measures/api/get-measure-activity';
import { REPORT_PERIODS, type ReportPeriod } from '@/features/measures/lib/report-periods';

type ActionEntry = Extract<ActivityEntry, { kind: 'action' }>;

/** Changed columns people recognise, in the order of the form; anything else is left out of the summary. */
const FIELD_NAMES = [
  'title',
  'detail',
  'start_date',
  'due_date',
  'percent_complete',
  'department_id',
  'plan_indicator_id',
  'no',
] as const;

const STATUS_ACTIONS = {
  'measure.start': 'measures.activity.action.measureStart',
  'measure.submit': 'measures.activity.action.measureSubmit',
  'measure.approve': 'measures.activity.action.measureApprove',
  'measure.return': 'measures.activity.action.measureReturn',
  'measure.reopen': 'measures.activity.action.measureReopen',
  'measure.cancel': 'measures.activity.action.measureCancel',
  'measure.status': 'measures.activity.action.measureStatus',
} as const;

const isPeriod = (value: unknown): value is ReportPeriod => REPORT_PERIODS.includes(value as ReportPeriod);

export interface ActivityText {
  /** What happened, in a short Thai sentence ("ส่งตรวจ", "มอบหมายให้ นายธนากร แก้วมณี"). */
  title: string;
  /** More about it: the reason given, the fields changed. */
  details: string[];
}

/** Puts one logged action into words. */
export function describeActivity(entry: ActionEntry, t: TFunction): ActivityText {
  const { detail } = entry;
  const someone = t('measures.activity.someone');
  const period = isPeriod(detail.period) ? t(`measures.periods.${detail.period}`) : (detail.period ?? '');
  const file = detail.original_filename ?? '';

  if (entry.action in STATUS_ACTIONS) {
    const key = STATUS_ACTIONS[entry.action as keyof typeof STATUS_ACTIONS];
    return { title: t(key), details: detail.reason ? [t('measures.activity.reason', { reason: detail.reason })] : [] };
  }
  switch (entry.action) {
    case 'measure.create':
      return { title: t('measures.activity.action.measureCreate'), details: [] };
    case 'measure.update': {
      const changed = detail.changed ?? [];
      if (changed.length === 1 && changed[0] === 'percent_complete' && entry.percent !== null) {
        return { title: t('measures.activity.action.measurePercent', { percent: entry.percent }), details: [] };
      }
      const names = FIELD_NAMES.filter((field) => changed.includes(field)).map((field) =>
        t(`measures.activity.fieldNames.${field}`),
      );
      return {
        title: t('measures.activity.action.measureUpdate'),
        details: names.length > 0 ? [t('measures.activity.changed', { fields: names.join(', ') })] : [],
      };
    }
    case 'measure.delete':
      return { title: t('measures.activity.action.measureDelete'), details: [] };
    case 'measure.assign':
      return {
        title: t('measures.activity.action.measureAssign', { name: entry.subjectName ?? someone }),
        details: [],
      };
    case 'measure.unassign':
      return {
        title: t('measures.activity.action.measureUnassign', { name: entry.subjectName ?? someone }),
        details: [],
      };
    case 'evidence.upload':
      return {
        title:
          detail.version && detail.version > 1
            ? t('measures.activity.action.evidenceUploadVersion', { file, version: detail.version })
            : t('measures.activity.action.evidenceUpload', { file }),
        details: [],
      };
    case 'evidence.remove':
      return { title: t('measures.activity.action.evidenceRemove', { file }), details: [] };
    case 'progress.report':
      return {
        title: t('measures.activity.action.progressReport', { period, percent: detail.percent ?? 0 }),
        details: [],
      };
    case 'progress.update':
      return {
        title: t('measures.activity.action.progressUpdate', { period, percent: detail.percent ?? 0 }),
        details: [],
      };
    case 'progress.delete':
      return { title: t('measures.activity.action.progressDelete', { period }), details: [] };
    case 'comment.create':
      return { title: t('measures.activity.action.commentCreate'), details: [] };
    case 'comment.edit':
      return { title: t('measures.activity.action.commentEdit'), details: [] };
    case 'comment.delete':
      return { title: t('measures.activity.action.commentDelete'), details: [] };
    default:
      return { title: t('measures.activity.action.other'), details: [] };
  }
}
