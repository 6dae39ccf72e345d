import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';

/** 拟退出户认可: the household's signature. */
export class AcknowledgementDto {
  @ApiProperty({ description: '签字人 (户主或家庭成员)' })
  @IsString()
  @Length(1, 50)
  signatory!: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsDateString({ strict: true })
  signedOn!: string;
}

/** The household refuses the exit, with its reason; the village verifies again or cancels. */
export class RefusalDto {
  @ApiProperty({ description: '农户不认可的理由' })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiProperty({ enum: ['reverify', 'cancel'], description: 'reverify 重新核实; cancel 终止退出' })
  @IsIn(['reverify', 'cancel'])
  next!: 'reverify' | 'cancel';
}

export class TownshipTargetDto {
  @ApiProperty()
  @IsUUID()
  townshipId!: string;

  @ApiProperty({ description: '年度脱贫目标 (户)', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  target!: number;
}

/** 年初制定脱贫目标: one target per township. */
export class ExitTargetsDto {
  @ApiProperty({ type: () => [TownshipTargetDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TownshipTargetDto)
  targets!: TownshipTargetDto[];
}
