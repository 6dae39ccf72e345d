/** Deadline keys and kinds, persisted in the deadline table: do not rename. */
export const DEADLINE_KIND = {
  publicityWindowEnd: 'publicity_window_end',
  reviewReminder: 'review_reminder',
  reviewOverdue: 'review_overdue',
  procedureReminder: 'procedure_reminder',
  procedureOverdue: 'procedure_overdue',
  followUpDue: 'follow_up_due',
} as const;

export const deadlineKey = {
  publicity: (noticeId: string) => `publicity:${noticeId}`,
  /** All review deadlines of a case, and those of one stay in a stage (the case version that entered it). */
  reviews: (caseId: string) => `review:${caseId}:`,
  review: (caseId: string, enteredAtVersion: number, kind: 'reminder' | 'overdue') => `review:${caseId}:${enteredAtVersion}:${kind}`,
  /** The whole procedure's limit (monitoring: 15 days), and one of its two deadlines. */
  procedureLimit: (caseId: string) => `limit:${caseId}:`,
  procedureLimitKind: (caseId: string, kind: 'reminder' | 'overdue') => `limit:${caseId}:${kind}`,
  followUp: (visitId: string) => `follow-up:${visitId}`,
};
