import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  HEALTH,
  LABOUR_CAPACITY,
  RELATION,
  SCHOOLING,
  SEX,
  describeValues,
  type Health,
  type LabourCapacity,
  type Relation,
  type Schooling,
  type SexValue,
} from '../household.enums';
import { PHONE_NUMBER, PHONE_NUMBER_REASON } from '../phone-number';

export class MemberDto {
  @ApiProperty({ example: '韦建国' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiProperty({ description: '18 位居民身份证号码，末位校验码可为 X', example: '450123198003150011' })
  @IsString()
  idNumber!: string;

  @ApiProperty({ enum: RELATION.values, description: `与户主关系: ${describeValues(RELATION)}` })
  @IsIn(RELATION.values)
  relation!: Relation;

  @ApiPropertyOptional({ enum: SEX.values, description: '可不填，由身份证号码推出；填写时必须一致' })
  @IsOptional()
  @IsIn(SEX.values)
  sex?: SexValue;

  @ApiPropertyOptional({ description: '可不填，由身份证号码推出；填写时必须一致', example: '1980-03-15' })
  @IsOptional()
  @IsDateString({ strict: true })
  birthDate?: string;

  @ApiProperty({ enum: HEALTH.values, description: describeValues(HEALTH) })
  @IsIn(HEALTH.values)
  health!: Health;

  @ApiProperty({ enum: LABOUR_CAPACITY.values, description: describeValues(LABOUR_CAPACITY) })
  @IsIn(LABOUR_CAPACITY.values)
  labourCapacity!: LabourCapacity;

  @ApiProperty({ enum: SCHOOLING.values, description: describeValues(SCHOOLING) })
  @IsIn(SCHOOLING.values)
  schooling!: Schooling;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(PHONE_NUMBER, { message: PHONE_NUMBER_REASON })
  phone?: string;
}

export class UpdateMemberDto extends PartialType(MemberDto) {}
