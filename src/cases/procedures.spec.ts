import { currentProcedure, mainPath, PROCEDURE_NAMES } from './procedures';

/** What a screen learns of each stage from the procedure: a notice to post, a meeting to hold. */
describe('mainPath', () => {
  const marked = (name: string, mark: 'publicity' | 'meeting') => {
    const procedure = currentProcedure(name);
    if (!procedure) throw new Error(`no procedure ${name}`);
    return Object.fromEntries(mainPath(procedure).filter((step) => step[mark]).map((step) => [step.code, step[mark]]));
  };

  it('marks the publicity stages of every procedure (procedures.md: tiered publicity)', () => {
    expect(Object.keys(marked('identification', 'publicity'))).toEqual(['village_publicity', 'township_publicity', 'county_announcement']);
    expect(Object.keys(marked('exit', 'publicity'))).toEqual(['village_publicity', 'announcement']);
    expect(Object.keys(marked('monitoring', 'publicity'))).toEqual(['village_publicity']);
    expect(Object.keys(marked('exit_correction', 'publicity'))).toEqual([]);
  });

  it('names the meeting that decides a stage: the group review, the representatives\u2019 vote', () => {
    expect(marked('identification', 'meeting')).toEqual({ group_review: 'group_review', democratic_appraisal: 'representatives' });
    expect(marked('exit', 'meeting')).toEqual({ proposal: 'representatives' });
    for (const name of ['monitoring', 'risk_elimination', 'elimination_rollback']) expect(marked(name, 'meeting')).toEqual({ appraisal: 'representatives' });
    expect(PROCEDURE_NAMES.flatMap((name) => Object.keys(marked(name, 'meeting')))).toHaveLength(6);
  });

  it('is built once per procedure and shared, frozen, by every answer', () => {
    const procedure = currentProcedure('identification');
    if (!procedure) throw new Error('no identification procedure');
    const steps = mainPath(procedure);
    expect(mainPath(procedure)).toBe(steps);
    expect(Object.isFrozen(steps) && steps.every((step) => Object.isFrozen(step))).toBe(true);
  });
});
