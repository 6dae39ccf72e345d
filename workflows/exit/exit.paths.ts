import type { CommonCaseEvent } from '../case-types';
import { sample as common } from '../identification/identification.fixtures';
import { coveringPaths, machinePaths, type MachinePath } from '../machine-paths';
import type { CountyPolicy } from '../policy';
import { exitCorrectionMachine } from './exit-correction.machine';
import { EXIT_SAMPLE_EVENTS, sampleExitInput } from './exit.fixtures';
import { exitMachine } from './exit.machine';
import type { ExitEvent, ExitInput } from './exit.types';

export interface ExitPath extends MachinePath<ExitInput, ExitEvent> {
  policy: Partial<CountyPolicy>;
}

/** Every state and transition of the exit machine, for both objection policies. */
export function exitPaths(): ExitPath[] {
  const policies: Partial<CountyPolicy>[] = [{}, { upheldObjection: 'return_to_verification' }];
  return policies.flatMap((policy) => machinePaths(exitMachine, [sampleExitInput(policy)], EXIT_SAMPLE_EVENTS).map((path) => ({ ...path, policy })));
}

export function exitCoveringPaths(): ExitPath[] {
  return coveringPaths(exitMachine, exitPaths());
}

export function exitCorrectionPaths(): MachinePath<ExitInput, CommonCaseEvent>[] {
  return machinePaths(exitCorrectionMachine, [sampleExitInput()], [common.county('approve'), common.county('return'), common.county('reject')]);
}
