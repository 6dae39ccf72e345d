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
