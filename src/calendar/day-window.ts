
function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The calendar day after a day (YYYY-MM-DD). */
export function dayAfter(date: string): string {
  return addDays(date, 1);
}

export interface DayWindow {
  startsOn: string;
  /** The last day of the window (inclusive). */
  lastDay: string;
  /** 24:00 China Standard Time of the last day, as a UTC instant. */
  endsAt: string;
}

/**
 * N days from a day, as publicity windows and time limits (reviews, monitoring) count them.
 * procedures.md "Publicity as the system runs it": the window opens on `startsOn`, counts
 * that day as its first, and lasts N calendar days, or N working days on the official
 * calendar (holidays and swapped working days, 调休: WorkingCalendarService); it ends
 * at 24:00 China time of its last day.
 */
export function dayWindow(
  startsOn: string,
  days: number,
  counting: 'calendar' | 'working',
  isWorkday: (day: string) => boolean,
): DayWindow {
  let lastDay = addDays(startsOn, days - 1);
  if (counting === 'working') {
    let counted = 0;
    let day = startsOn;
    for (;;) {
      if (isWorkday(day)) counted += 1;
      if (counted === days) break;
      day = addDays(day, 1);
    }
    lastDay = day;
  }
  // 00:00 of the next day at UTC+8 is 16:00 UTC of the last day.
  return { startsOn, lastDay, endsAt: `${lastDay}T16:00:00.000Z` };
}
