import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarController } from './calendar.controller';
import { WorkingCalendarService } from './working-calendar.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CalendarDayEntity])],
  controllers: [CalendarController],
  providers: [WorkingCalendarService],
  exports: [WorkingCalendarService],
})
export class CalendarModule {}
