import { sweepRisk, sweepVisitProblems, type SweepVisit } from './sweep-visit';

const secure = { food: true, clothing: true, education: true, medical: true, housing: true, drinkingWater: true };
const visit = (overrides: Partial<SweepVisit> = {}): SweepVisit => ({ visitedOn: '2026-11-10', incomeChange: 'stable', livingConditions: secure, hardship: null, note: null, ...overrides });

describe('sweep visits (procedures.md "Monitoring as routine work": sweeps)', () => {
  it('finds no risk when income held and every check is secured', () => {
    expect(sweepRisk(visit())).toBeNull();
    expect(sweepRisk(visit({ incomeChange: 'rose' }))).toBeNull();
  });

  it('reads the risk from the facts: a hardship, income that fell, a check not secured', () => {
    expect(sweepRisk(visit({ hardship: 'accident', note: '户主摔伤' }))).toEqual({ riskType: 'accident', findings: ['遇到困难: 因意外事故'] });
    expect(sweepRisk(visit({ incomeChange: 'fell_sharply' }))).toEqual({ riskType: 'income_drop', findings: ['收入明显减少'] });
    expect(sweepRisk(visit({ livingConditions: { ...secure, housing: false } }))).toEqual({ riskType: 'other', findings: ['住房安全有保障 未达标'] });
    expect(sweepRisk(visit({ livingConditions: { ...secure, education: false } }))?.riskType).toBe('education_costs');
    expect(sweepRisk(visit({ livingConditions: { ...secure, medical: false } }))?.riskType).toBe('illness');
    // A hardship named is the lead's type; every finding is kept.
    expect(sweepRisk(visit({ hardship: 'illness', incomeChange: 'fell_sharply', livingConditions: { ...secure, drinkingWater: false }, note: '住院' }))).toEqual({
      riskType: 'illness',
      findings: ['遇到困难: 因病', '收入明显减少', '饮水安全有保障 未达标'],
    });
  });

  it('takes a visit within the sweep\'s period only, and a hardship with what it is', () => {
    const period = { startsOn: '2026-11-01', endsOn: '2026-11-30' };
    expect(sweepVisitProblems(visit(), period)).toEqual([]);
    expect(sweepVisitProblems(visit({ visitedOn: '2026-11-30' }), period)).toEqual([]);
    expect(sweepVisitProblems(visit({ visitedOn: '2026-10-31' }), period)).toEqual([{ field: 'visitedOn', reason: '走访日期须在本次排查期间 (2026-11-01 至 2026-11-30)' }]);
    expect(sweepVisitProblems(visit({ hardship: 'illness' }), period)).toEqual([{ field: 'note', reason: '遇到困难时须写明具体情况' }]);
  });
});
