import { recordDateProblems } from './record-dates';

describe(recordDateProblems.name, () => {
  const today = '2026-12-01';

  it.each<[string, Parameters<typeof recordDateProblems>[0], string[]]>([
    ['today is allowed', { today, days: { visitedOn: today } }, []],
    ['a day ahead is refused', { today, days: { signedOn: '2026-12-02' } }, ['signedOn']],
    ['each field is named', { today, days: { visitedOn: '2026-12-06', signedOn: '2027-01-01' } }, ['visitedOn', 'signedOn']],
    ['the day of the lead is allowed', { today, days: { visitedOn: '2026-11-20' }, notBefore: { day: '2026-11-20', what: '案件受理日期' } }, []],
    ['a day before the lead is refused', { today, days: { visitedOn: '2026-11-19' }, notBefore: { day: '2026-11-20', what: '案件受理日期' } }, ['visitedOn']],
    ['income of the visit\'s year', { today, days: {}, income: { field: 'incomeYear', year: 2026, foundOn: '2026-03-01' } }, []],
    ['income of the year before', { today, days: {}, income: { field: 'incomeYear', year: 2025, foundOn: '2026-03-01' } }, []],
    ['income of a year after the visit', { today, days: {}, income: { field: 'incomeYear', year: 2027, foundOn: '2026-12-01' } }, ['incomeYear']],
    ['income of a year still to come (2031)', { today, days: { visitedOn: today }, income: { field: 'incomeYear', year: 2031, foundOn: today } }, ['incomeYear']],
  ])('%s', (_name, dates, fields) => {
    expect(recordDateProblems(dates).map((problem) => problem.field)).toEqual(fields);
  });

  it('says why in Chinese', () => {
    expect(recordDateProblems({ today, days: { signedOn: '2026-12-06' } })).toEqual([{ field: 'signedOn', reason: '日期 2026-12-06 晚于今天 (2026-12-01)' }]);
  });
});
