import type { FieldProblem } from '../field-problem';
import { chinaDay } from '../policy';
import { recordDateProblems } from '../record-dates';
import { LEAD_DISMISSALS, type RiskLeadEvent } from './risk-lead.types';

type EventOf<T extends RiskLeadEvent['type']> = Extract<RiskLeadEvent, { type: T }>;

/** A lead closed before the home check says why, in a word and in a sentence, for the reporter. */
export function dismissalProblems(event: EventOf<'LEAD_DISMISSED'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!LEAD_DISMISSALS.includes(event.reason)) problems.push({ field: 'reason', reason: `关闭原因须为: ${LEAD_DISMISSALS.join(', ')}` });
  if (!event.explanation?.trim()) problems.push({ field: 'explanation', reason: '须写明关闭理由 (将告知反映人)' });
  return problems;
}

/** procedures.md "Monitoring as routine work": a lead closed after the home check records the facts found. */
export function clearanceProblems(event: EventOf<'LEAD_CLEARED'>): FieldProblem[] {
  const problems = event.facts?.trim() ? [] : [{ field: 'facts', reason: '须记录入户核查了解到的情况' }];
  return [...problems, ...recordDateProblems({ today: chinaDay(event.occurredAt), days: { checkedOn: event.checkedOn } })];
}
