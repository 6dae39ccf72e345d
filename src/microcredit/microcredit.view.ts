import { ApiProperty } from '@nestjs/swagger';

export class MicrocreditCertificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty({ type: String, nullable: true }) headName!: string | null;
  @ApiProperty() villageName!: string;
  @ApiProperty() borrowerName!: string;
  @ApiProperty({ description: '借款人身份证号码 (银行放贷所需)' }) borrowerIdNumber!: string;
  @ApiProperty({ description: '贷款额度 (元)' }) amount!: number;
  @ApiProperty() purpose!: string;
  @ApiProperty({ format: 'date' }) certifiedOn!: string;
  @ApiProperty({ format: 'date', description: '有效期至' }) validUntil!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) revokedReason!: string | null;
  @ApiProperty({ description: '今天仍有效 (未撤销、未过期)' }) valid!: boolean;
}

export class MicrocreditList {
  @ApiProperty({ type: [MicrocreditCertificationView] }) items!: MicrocreditCertificationView[];
}

/** Whether a household may be certified now, and for whom: the county's rules applied to the registry. */
export class MicrocreditEligibilityView {
  @ApiProperty({ description: '该户符合本县规则 (尚未选择借款人和额度时，只看农户本身)' }) eligible!: boolean;
  @ApiProperty({ type: [String], description: '不符合的理由' }) reasons!: string[];
  @ApiProperty({ description: '本县单户额度上限 (元)' }) maxAmount!: number;
  @ApiProperty({ type: [String], format: 'uuid', description: '可作借款人的家庭成员 (年龄、劳动能力符合)' }) borrowerMemberIds!: string[];
  @ApiProperty({ type: MicrocreditCertificationView, nullable: true, description: '现有的有效认定' }) current!: MicrocreditCertificationView | null;
}
