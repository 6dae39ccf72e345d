import { isWorkday } from 'chinese-days';
import { dayWindow as windowOn } from './day-window';

const windowFrom = (startsOn: string, days: number, counting: 'calendar' | 'working') => windowOn(startsOn, days, counting, isWorkday);

describe('dayWindow', () => {
  it('counts the opening day as the first of N calendar days, ending at 24:00 China time', () => {
    expect(windowFrom('2026-03-02', 7, 'calendar')).toEqual({ startsOn: '2026-03-02', lastDay: '2026-03-08', endsAt: '2026-03-08T16:00:00.000Z' });
  });

  it('crosses month and leap-year ends', () => {
    expect(windowFrom('2028-02-25', 7, 'calendar').lastDay).toBe('2028-03-02');
    expect(windowFrom('2026-12-28', 7, 'calendar').lastDay).toBe('2027-01-03');
  });

  it('skips weekends and the National Day holiday, and counts the swapped working Saturday (调休)', () => {
    // 2026-09-30 (Wed) works; 1-7 October are the holiday; Saturday 10 October is a swapped working day.
    expect(windowFrom('2026-09-30', 2, 'working').lastDay).toBe('2026-10-08');
    expect(windowFrom('2026-09-30', 4, 'working').lastDay).toBe('2026-10-10');
    expect(windowFrom('2026-09-30', 5, 'working').lastDay).toBe('2026-10-12');
  });

  it('starts counting on the next working day when opened on a weekend', () => {
    // 2026-03-07 is a Saturday.
    expect(windowFrom('2026-03-07', 5, 'working').lastDay).toBe('2026-03-13');
  });
});
