/** The progress of an assistance measure (帮扶措施), in Chinese: only a measure carried out counts for a risk elimination. */
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = { planned: '计划', in_progress: '实施中', done: '已落实' };
