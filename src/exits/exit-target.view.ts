import { ApiProperty } from '@nestjs/swagger';

/** A township's exit target for a year against the households that did exit. */
export class ExitTargetRow {
  @ApiProperty({ format: 'uuid' }) townshipId!: string;
  @ApiProperty() townshipCode!: string;
  @ApiProperty({ example: '青山镇' }) townshipName!: string;
  @ApiProperty({ type: Number, nullable: true, description: '年度脱贫目标 (户)；未制定为 null' }) target!: number | null;
  /**
   * Households that exited in the year (corrected exits not counted), whatever became of them
   * since: the figure the target is measured against.
   */
  @ApiProperty({ description: '本年度实际退出户数 (错退纠正的不计)' }) exited!: number;
  /** Of those, still exited now; the others have since been enrolled in monitoring (or their risk eliminated). */
  @ApiProperty({ description: '其中至今仍为脱贫户的' }) stillExited!: number;
  @ApiProperty({ description: '其中后来纳入监测的' }) monitoredSince!: number;
  /** Exit cases still running. */
  @ApiProperty({ description: '正在办理的退出案件' }) inProgress!: number;
}
