import { isWorkday } from 'chinese-days';
import { dayWindow } from '../calendar/day-window';
import { chinaDate } from './clock';

describe('China time, whatever the server zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'])('in %s: dates and window ends are Asia/Shanghai', (zone) => {
    process.env.TZ = zone;
    // 15:59 UTC is 23:59 in Beijing; 16:00 UTC is already the next day there.
    expect(chinaDate(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDate(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    // Seven working days from 30 September 2026 skip the National Day holiday (1-7 October)
    // and count Saturday 10 October, a swapped working day: the window ends at 24:00 of the 14th.
    expect(dayWindow('2026-09-30', 7, 'working', isWorkday)).toEqual({ startsOn: '2026-09-30', lastDay: '2026-10-14', endsAt: '2026-10-14T16:00:00.000Z' });
  });
});
