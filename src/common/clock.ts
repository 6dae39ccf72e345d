/** The only source of "now" in the app, so tests can fix time. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in China Standard Time, as YYYY-MM-DD, whatever the server's zone. */
export function chinaDate(instant: Date): string {
  return CHINA_DATE.format(instant);
}
