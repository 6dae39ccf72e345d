import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isWorkday as bundledIsWorkday } from 'chinese-days';
import { Repository } from 'typeorm';
import { DatabaseNoticesService, NOTICE_CHANNEL } from '../database/database-notices.service';
import { CalendarDayEntity } from './calendar-day.entity';

export type IsWorkday = (day: string) => boolean;

/**
 * Working days on the official calendar: years an admin entered (calendar_day) override the
 * data bundled with chinese-days, so a newly announced year needs no release.
 */
@Injectable()
export class WorkingCalendarService {
  /** The calendar as last read: kept until PostgreSQL tells of a change (issue 18: not read for every time limit). */
  private cached: Promise<IsWorkday> | null = null;

  constructor(
    @InjectRepository(CalendarDayEntity) private readonly days: Repository<CalendarDayEntity>,
    private readonly notices: DatabaseNoticesService,
  ) {
    notices.subscribe(NOTICE_CHANNEL.calendarChanged, { heard: () => this.forget(), reset: () => this.forget() });
  }

  /** The official calendar's working days, from memory while the process hears of changes to it. */
  isWorkdayFunction(): Promise<IsWorkday> {
    if (!this.notices.listening) return this.read();
    this.cached ??= this.read().catch((error: unknown) => {
      this.cached = null;
      throw error;
    });
    return this.cached;
  }

  private forget(): void {
    this.cached = null;
  }

  private async read(): Promise<IsWorkday> {
    const rows = await this.days.find();
    const overridden = new Set(rows.map((row) => row.year));
    const entered = new Map(rows.map((row) => [row.day, row.workday]));
    return (day) => {
      if (!overridden.has(Number(day.slice(0, 4)))) return bundledIsWorkday(day);
      const explicit = entered.get(day);
      if (explicit !== undefined) return explicit;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    };
  }

  /** Replaces a year's holidays (休) and swapped working days (班). */
  async replaceYear(year: number, holidays: string[], workdays: string[]): Promise<{ year: number; holidays: number; workdays: number }> {
    await this.days.manager.transaction(async (tx) => {
      await tx.getRepository(CalendarDayEntity).delete({ year });
      const rows = [...holidays.map((day) => ({ day, year, workday: false })), ...workdays.map((day) => ({ day, year, workday: true }))];
      if (rows.length > 0) await tx.getRepository(CalendarDayEntity).insert(rows);
    });
    // This process's next time limit counts on the new days at once; the others hear of it.
    this.forget();
    return { year, holidays: holidays.length, workdays: workdays.length };
  }

  async year(year: number): Promise<{ year: number; source: 'entered' | 'bundled'; holidays: string[]; workdays: string[] }> {
    const rows = await this.days.find({ where: { year }, order: { day: 'ASC' } });
    if (rows.length > 0) {
      return { year, source: 'entered', holidays: rows.filter((row) => !row.workday).map((row) => row.day), workdays: rows.filter((row) => row.workday).map((row) => row.day) };
    }
    const holidays: string[] = [];
    const workdays: string[] = [];
    for (let time = Date.UTC(year, 0, 1); time < Date.UTC(year + 1, 0, 1); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      const weekend = [0, 6].includes(new Date(time).getUTCDay());
      const working = bundledIsWorkday(day);
      if (weekend && working) workdays.push(day);
      if (!weekend && !working) holidays.push(day);
    }
    return { year, source: 'bundled', holidays, workdays };
  }
}
