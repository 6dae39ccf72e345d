import type { CountyPolicy } from '../policy';
import { coveringPaths, machinePaths, type MachinePath } from '../machine-paths';
import { MONITORING_SAMPLE_EVENTS, sampleMonitoringInput } from './monitoring.fixtures';
import { monitoringMachine } from './monitoring.machine';
import type { MonitoringEvent, MonitoringInput, MonitoringPurpose } from './monitoring.types';

export interface MonitoringPath extends MachinePath<MonitoringInput, MonitoringEvent> {
  policy: Partial<CountyPolicy>;
}

const PURPOSES: MonitoringPurpose[] = ['enrol', 'eliminate', 'rollback'];

/** Every state and transition of the monitoring machine, over its three purposes and both objection policies. */
export function monitoringPaths(): MonitoringPath[] {
  const policies: Partial<CountyPolicy>[] = [{}, { upheldObjection: 'return_to_verification' }];
  return policies.flatMap((policy) =>
    PURPOSES.flatMap((purpose) =>
      machinePaths(monitoringMachine, [sampleMonitoringInput(purpose, policy)], MONITORING_SAMPLE_EVENTS[purpose]).map((path) => ({ ...path, policy })),
    ),
  );
}

export function monitoringCoveringPaths(): MonitoringPath[] {
  return coveringPaths(monitoringMachine, monitoringPaths());
}
