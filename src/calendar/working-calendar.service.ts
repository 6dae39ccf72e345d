import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isWorkday as bundledIsWorkday } from 'chinese-days';
import { Repository } from 'typeorm';
import { CalendarDayEntity } from './calendar-day.entity';

export type IsWorkday = (day: string) => boolean;

/**
 * Working days on the official calendar: years an admin entered (calendar_day) override the
 * data bundled with chinese-days, so a newly announced year needs no release.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(@InjectRepository(CalendarDayEntity) private readonly days: Repository<CalendarDayEntity>) {}

  async isWorkdayFunction(): Promise<IsWorkday> {
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
