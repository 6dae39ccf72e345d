import { coveringPaths, machinePaths, type MachinePath } from '../machine-paths';
import { RISK_LEAD_SAMPLE_EVENTS, sampleRiskLeadInput } from './risk-lead.fixtures';
import { riskLeadMachine } from './risk-lead.machine';
import type { RiskLeadEvent, RiskLeadInput } from './risk-lead.types';

/** Every state and transition of a risk lead. */
export function riskLeadPaths(): MachinePath<RiskLeadInput, RiskLeadEvent>[] {
  return machinePaths(riskLeadMachine, [sampleRiskLeadInput()], RISK_LEAD_SAMPLE_EVENTS);
}

export function riskLeadCoveringPaths(): MachinePath<RiskLeadInput, RiskLeadEvent>[] {
  return coveringPaths(riskLeadMachine, riskLeadPaths());
}
