/**
 * The end of the alarm horizon from `nowMs`: deadlines due by then have their alarms in Redis
 * (architecture.md: the database is the truth, Redis the alarm clock). The relay sets the alarms
 * of deadlines due within the horizon; the reconciler,
 * at every pass, sets those that came within it since, and any that Redis lost. A review's ten
 * days or a help visit's month stay rows in PostgreSQL until their last minutes. A storm's 20,000
 * time limits were 20,000 delayed jobs (BullMQ's addJobs was 12.6 % of a storm worker's time,
 * issue 18), and every pass asked Redis about every pending deadline, however far off. Twice the
 * reconcile interval ahead, so that a pass sees each deadline before it is due; at least ten minutes.
 */
export function alarmHorizonEnd(nowMs: number, reconcileIntervalMs: number): number {
  return nowMs + Math.max(10 * 60_000, 2 * reconcileIntervalMs);
}

/** The longest reconcile interval the settings accept: its horizon is then at most a day ahead. */
export const MAX_RECONCILE_INTERVAL_MS = 12 * 60 * 60_000;

/**
 * How far ahead of its writing a deadline's alarm goes into the outbox with it. One due later
 * is a row only: it is written at least a day before it is due, and so at least a horizon
 * before, so a reconcile pass sets its alarm in time. A storm's time limits (days ahead) then
 * write no outbox rows the relay would read and mark only to skip them (issue 18).
 */
export const OUTBOX_ALARMS_AHEAD_MS = 2 * MAX_RECONCILE_INTERVAL_MS;
