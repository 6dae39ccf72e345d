/** Deadline keys and kinds, persisted in the deadline table: do not rename. */
export const DEADLINE_KIND = {
  publicityWindowEnd: 'publicity_window_end',
  /** A part of a large notice's window end (at most NOTICE_PART_CASES cases), which any worker may take. */
  publicityWindowPart: 'publicity_window_part',
  /** A time limit the machine started (a stage's or the whole procedure's): its reminder and its end. */
  limitReminder: 'time_limit_reminder',
  limitOverdue: 'time_limit_overdue',
  /** Scheduled by the service before machines kept their limits; still fired for cases that have them. */
  legacyReviewReminder: 'review_reminder',
  legacyReviewOverdue: 'review_overdue',
  legacyProcedureReminder: 'procedure_reminder',
  legacyProcedureOverdue: 'procedure_overdue',
  followUpDue: 'follow_up_due',
  /** A help cadre's visit to a paired household: its day, and the day after it passed. */
  helpVisitDue: 'help_visit_due',
  helpVisitOverdue: 'help_visit_overdue',
} as const;

export const deadlineKey = {
  publicity: (noticeId: string) => `publicity:${noticeId}`,
  /** Under the notice's own key, so cancelling the notice's deadlines cancels its parts too. */
  publicityPart: (noticeId: string, part: number) => `publicity:${noticeId}:part:${part}`,
  /**
   * Time limits of a case: all of them, those of one limit, and one deadline of one run of it
   * (the case version that started it, so a stage entered again has limits of its own).
   */
  limits: (caseId: string) => `limit:${caseId}:`,
  limit: (caseId: string, limit: string) => `limit:${caseId}:${limit}:`,
  limitRun: (caseId: string, limit: string, startedAtVersion: number, kind: 'reminder' | 'overdue') => `limit:${caseId}:${limit}:${startedAtVersion}:${kind}`,
  /** Review deadlines the service scheduled before machines kept their limits. */
  legacyReviews: (caseId: string) => `review:${caseId}:`,
  followUp: (visitId: string) => `follow-up:${visitId}`,
  /** A pairing's visit deadlines: all of them, and those of the visit due on a day. */
  helpVisits: (pairingId: string) => `help-visit:${pairingId}:`,
  helpVisit: (pairingId: string, dueOn: string, kind: 'due' | 'overdue') => `help-visit:${pairingId}:${dueOn}:${kind}`,
};
