import type { Visitor } from './case-types';
import type { FieldProblem } from './field-problem';

/**
 * Home visits of every procedure (入户核实, 核查): at least two people, one of them from the
 * village work team (procedures.md "Identification" stage 4, "Exit" stage 2, "Monitoring").
 */
export function visitorProblems(visitors: Visitor[]): FieldProblem[] {
  const workTeam = visitors.some((visitor) => visitor.team === 'work_team');
  return visitors.length < 2 || !workTeam ? [{ field: 'visitors', reason: '入户核实至少两人，其中至少一人来自驻村工作队' }] : [];
}
