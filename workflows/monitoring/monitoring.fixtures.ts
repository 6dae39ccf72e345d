import { DEFAULT_POLICY, withPolicyDefaults, type CountyPolicy } from '../policy';
import { sample as common, ALL_SECURE, limitSamples, SAMPLE_VISITORS, sharedSampleEvents, T0 } from '../identification/identification.fixtures';
import type { EliminationFacts, MonitoringEvent, MonitoringInput, MonitoringPurpose } from './monitoring.types';

export function sampleMonitoringInput(purpose: MonitoringPurpose = 'enrol', policy: Partial<CountyPolicy> = {}): MonitoringInput {
  return { policy: withPolicyDefaults({ ...DEFAULT_POLICY, ...policy }), purpose, source: purpose === 'enrol' ? 'self_report' : 'cadre_sweep' };
}

type Sample<T extends MonitoringEvent['type']> = Extract<MonitoringEvent, { type: T }>;

/** Enrolled 2025-08-01 (seven months before T0), one measure done, income above 6 900 since then. */
export function eliminationFacts(overrides: Partial<EliminationFacts> = {}): EliminationFacts {
  return {
    enrolledOn: '2025-08-01',
    measuresDone: 1,
    incomeChecks: [
      { checkedOn: '2025-07-20', income: 5200 },
      { checkedOn: '2025-08-25', income: 7600 },
      { checkedOn: '2026-01-10', income: 8100 },
    ],
    membersAbleToWork: 2,
    ...overrides,
  };
}

/** Home check on T0 (2026-03-02): income 2026 below the 7 500 line, every check secured. */
export const monitoringSample = {
  homeCheck: (facts: Partial<Sample<'HOME_CHECK_RECORDED'>> = {}): Sample<'HOME_CHECK_RECORDED'> => ({
    type: 'HOME_CHECK_RECORDED',
    verificationId: 'v-home',
    visitors: SAMPLE_VISITORS,
    consentSigned: true,
    incomeFound: 5600,
    incomeYear: 2026,
    livingConditions: ALL_SECURE,
    elimination: null,
    reason: null,
    occurredAt: T0,
    ...facts,
  }),
  crossCheck: (resolution: 'confirmed' | 'cleared' | null = 'cleared'): Sample<'CROSS_CHECK_RECORDED'> => ({
    type: 'CROSS_CHECK_RECORDED',
    hits: [{ source: '医保部门: 大额医疗费用', resolution }],
    occurredAt: T0,
  }),
  county: (decision: 'approve' | 'return' | 'reject', objectType: Sample<'COUNTY_DECIDED'>['objectType'] = 'sudden_hardship'): Sample<'COUNTY_DECIDED'> => ({
    ...common.county(decision),
    objectType,
  }),
};

const SHARED_EVENTS: readonly MonitoringEvent[] = [
  monitoringSample.crossCheck(),
  common.withdraw(),
  // No appeals in monitoring: the samples that do not apply change nothing.
  ...sharedSampleEvents(),
  monitoringSample.county('approve'),
  monitoringSample.county('approve', null),
  monitoringSample.county('return'),
  monitoringSample.county('reject'),
  ...limitSamples('procedure', 'township_review', 'county_confirmation'),
];

/** Sample events per purpose: the home checks differ, the rest of the chain is shared. */
export const MONITORING_SAMPLE_EVENTS: Record<MonitoringPurpose, readonly MonitoringEvent[]> = {
  enrol: [monitoringSample.homeCheck(), monitoringSample.homeCheck({ incomeFound: 7500, incomeYear: 2026 }), ...SHARED_EVENTS],
  eliminate: [
    monitoringSample.homeCheck({ incomeFound: 8300, elimination: eliminationFacts() }),
    monitoringSample.homeCheck({ incomeFound: 8300, elimination: eliminationFacts({ membersAbleToWork: 0 }) }),
    ...SHARED_EVENTS,
  ],
  rollback: [monitoringSample.homeCheck({ reason: '风险消除后因病支出骤增' }), ...SHARED_EVENTS],
};
