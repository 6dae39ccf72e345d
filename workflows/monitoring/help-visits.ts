import { addDays, addMonths } from '../policy';

/**
 * Visits of a help cadre (帮扶责任人) to a paired household (结对帮扶, procedures.md "Monitoring as
 * routine work": help cadres visit on a set rhythm): months between visits by the household's
 * status, set by the county (for example monthly for monitored, quarterly for exited); 0: no rhythm.
 */
export type HelpVisitMonths = Record<'none' | 'registered' | 'exited' | 'monitored' | 'risk_eliminated', number>;

export const DEFAULT_HELP_VISIT_MONTHS: HelpVisitMonths = { none: 3, registered: 1, exited: 3, monitored: 1, risk_eliminated: 3 };

/** Days before its due day a visit shows as falling due. */
export const FALLING_DUE_DAYS = 7;

/** The day the next visit is due: the rhythm's months after the last visit, or after the pairing when there was none; null with no rhythm. */
export function nextVisitDue(months: number, lastVisitOn: string | null, pairedOn: string): string | null {
  return months > 0 ? addMonths(lastVisitOn ?? pairedOn, months) : null;
}

export type VisitState = 'not_due' | 'falling_due' | 'overdue';

/** Overdue once its day has passed (a visit on the day is on time); falling due in the week before. */
export function visitState(dueOn: string | null, today: string): VisitState {
  if (dueOn === null) return 'not_due';
  if (dueOn < today) return 'overdue';
  return addDays(today, FALLING_DUE_DAYS) >= dueOn ? 'falling_due' : 'not_due';
}
