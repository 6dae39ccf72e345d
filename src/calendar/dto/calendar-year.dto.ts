import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDateString } from 'class-validator';

export class CalendarYearDto {
  @ApiProperty({ type: [String], description: '放假日期 (工作日中的法定节假日)', example: ['2027-10-01'] })
  @IsArray()
  @ArrayMaxSize(60)
  @IsDateString({ strict: true }, { each: true })
  holidays!: string[];

  @ApiProperty({ type: [String], description: '调休上班的周末日期', example: ['2027-09-26'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsDateString({ strict: true }, { each: true })
  workdays!: string[];
}
