/** Dates as people read them: 2026年12月1日 (China time), whatever the browser's zone. */
const day = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
const dayAndTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** An instant (2026-12-01T02:00:00Z) or a day (2026-12-01) as 2026年12月1日. */
export function chinaDay(value: string | null | undefined): string {
  if (!value) return '—';
  // A bare day is a China day already; read it at China noon so no zone moves it.
  return day.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+08:00` : value));
}

/**
 * A time limit's last day: limits end at 24:00 China time, the instant that begins the next day,
 * so 2026-12-04T16:00:00Z is read 截至 2026年12月4日.
 */
export function limitDay(value: string | null | undefined): string {
  return value ? day.format(new Date(new Date(value).getTime() - 1)) : '—';
}

export function chinaDayTime(value: string | null | undefined): string {
  return value ? dayAndTime.format(new Date(value)) : '—';
}

/** Whole days from now until an instant (negative: past it). */
export function daysUntil(value: string, now: number = Date.now()): number {
  return Math.floor((new Date(value).getTime() - now) / 86_400_000);
}

/** How a time limit stands: overdue (red), due within 3 days (orange), or in time. */
export function limitState(value: string | null | undefined, now: number = Date.now()): 'overdue' | 'soon' | 'ok' | 'none' {
  if (!value) return 'none';
  const left = new Date(value).getTime() - now;
  if (left < 0) return 'overdue';
  return left <= 3 * 86_400_000 ? 'soon' : 'ok';
}

/** Today in China as YYYY-MM-DD (what the API's date fields take and check against), whatever the browser's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}
