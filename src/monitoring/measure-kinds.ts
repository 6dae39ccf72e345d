/** The kinds of assistance measure of a household plan (一户一策) and their progress, in Chinese. */
export const MEASURE_KINDS = {
  industry: '产业帮扶',
  employment: '就业帮扶',
  health: '健康帮扶',
  education: '教育帮扶',
  housing: '住房安全保障',
  drinking_water: '饮水安全保障',
  social_security: '综合保障 (低保、特困供养)',
  other: '其他帮扶',
} as const;
export type MeasureKind = keyof typeof MEASURE_KINDS;

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = { planned: '计划', in_progress: '实施中', done: '已落实' };
