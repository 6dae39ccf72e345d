import { nextVisitDue, visitState } from './help-visits';

describe('help cadres\u2019 visits (procedures.md "Monitoring as routine work": help cadres)', () => {
  it('falls due the rhythm\u2019s months after the last visit, or after the pairing', () => {
    expect(nextVisitDue(1, null, '2026-01-31')).toBe('2026-02-28');
    expect(nextVisitDue(3, '2026-03-15', '2026-01-01')).toBe('2026-06-15');
    expect(nextVisitDue(0, '2026-03-15', '2026-01-01')).toBeNull();
  });

  it('is on time on its day, falling due the week before, overdue the day after', () => {
    expect(visitState('2026-03-15', '2026-03-15')).toBe('falling_due');
    expect(visitState('2026-03-15', '2026-03-08')).toBe('falling_due');
    expect(visitState('2026-03-15', '2026-03-07')).toBe('not_due');
    expect(visitState('2026-03-15', '2026-03-16')).toBe('overdue');
    expect(visitState(null, '2026-03-16')).toBe('not_due');
  });
});
