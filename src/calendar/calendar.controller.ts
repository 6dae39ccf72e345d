import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { intParam } from '../common/param.pipes';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { invalidFields } from '../common/domain-error';
import { CalendarYearDto } from './dto/calendar-year.dto';
import { WorkingCalendarService } from './working-calendar.service';

function checkedYear(year: number): number {
  if (year < 2000 || year > 2100) throw invalidFields([{ field: 'year', reason: '年份须在 2000 到 2100 之间' }]);
  return year;
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: WorkingCalendarService) {}

  @Get(':year')
  @ApiOperation({ summary: '某年的节假日与调休上班日 (管理员录入的，或内置数据)' })
  get(@Param('year', intParam('year')) year: number) {
    return this.calendar.year(checkedYear(year));
  }

  @Put(':year')
  @Roles('admin')
  @ApiOperation({ summary: '录入国务院公布的某年节假日安排 (覆盖内置数据)' })
  replace(@Param('year', intParam('year')) year: number, @Body() dto: CalendarYearDto) {
    checkedYear(year);
    const stray = [...dto.holidays, ...dto.workdays].find((day) => !day.startsWith(`${year}-`));
    if (stray) throw invalidFields([{ field: 'holidays', reason: `日期 ${stray} 不在 ${year} 年内` }]);
    return this.calendar.replaceYear(year, dto.holidays, dto.workdays);
  }
}
