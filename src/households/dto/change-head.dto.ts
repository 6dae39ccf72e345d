import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { RELATION, type Relation } from '../household.enums';

export class ChangeHeadDto {
  @ApiProperty({ description: '新户主 (本户成员)' })
  @IsUUID()
  memberId!: string;

  @ApiProperty({ enum: RELATION.values.filter((value) => value !== 'head'), description: '原户主与新户主的关系' })
  @IsIn(RELATION.values.filter((value) => value !== 'head'))
  formerHeadRelation!: Exclude<Relation, 'head'>;
}
