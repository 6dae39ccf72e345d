import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PROCEDURE_NAMES } from '../../cases/procedures';
import { OBJECTION_KINDS, type ObjectionKind } from '../objection.entity';

export class OpenNoticeDto {
  @ApiProperty()
  @IsUUID()
  villageId!: string;

  @ApiPropertyOptional({ enum: PROCEDURE_NAMES, description: '所列案件的办理程序，默认 identification' })
  @IsOptional()
  @IsIn(PROCEDURE_NAMES)
  procedure?: string;

  @ApiProperty({ description: '公示阶段: 识别 village_publicity / township_publicity / county_announcement; 退出 village_publicity / announcement; 监测 village_publicity' })
  @IsString()
  @Length(1, 40)
  stage!: string;

  @ApiProperty({ type: [String], description: '列入本次公示的案件' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  caseIds!: string[];
}

export class FileObjectionDto {
  @ApiProperty({ enum: OBJECTION_KINDS, description: 'objection 异议; appeal 复核申请 (对乡镇、县级决定)' })
  @IsIn(OBJECTION_KINDS)
  kind!: ObjectionKind;

  @ApiPropertyOptional({ description: '反映人姓名 (本县允许时可匿名)' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  objectorName?: string;

  @ApiPropertyOptional({ description: '联系方式' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  objectorContact?: string;

  @ApiProperty({ description: '异议内容' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class ObjectionFindingDto {
  @ApiProperty({ description: '异议是否成立' })
  @IsBoolean()
  upheld!: boolean;

  @ApiProperty({ description: '调查核实情况及结论 (书面答复)' })
  @IsString()
  @Length(1, 2000)
  finding!: string;
}

/** Windows to end at once: each notice on its own, refused where its window is not over. */
export class EndNoticesDto {
  @ApiProperty({ type: [String], description: '要办理期满的公示' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  noticeIds!: string[];
}

export class CancelNoticeDto {
  @ApiProperty({ description: '撤销理由' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
