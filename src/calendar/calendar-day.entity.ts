import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A day of an official holiday calendar entered by an admin when the State Council announces
 * a year's arrangement: a holiday (休) or a swapped working day (班, 调休). Years entered here
 * take precedence over the bundled calendar data.
 */
@Entity('calendar_day')
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'boolean' })
  workday!: boolean;
}
