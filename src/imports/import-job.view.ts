import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_KINDS, IMPORT_STATE_LABELS, IMPORT_STATES, type ImportJobEntity, type ImportKind, type ImportState } from './import-job.entity';

/** An import as a client follows it: its state and counters (the progress), and whether an error report exists. */
export class ImportJobView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_KINDS, description: '文件类别: roster 农户花名册，department 部门比对数据，risk_alert 部门筛查预警' }) kind!: ImportKind;
  @ApiProperty({ enum: IMPORT_STATES }) state!: ImportState;
  @ApiProperty({ example: '导入中' }) stateLabel!: string;
  @ApiProperty({ format: 'uuid', description: '导入到的区划 (花名册为村)' }) regionId!: string;
  @ApiProperty({ example: '青山村花名册.xlsx' }) fileName!: string;
  @ApiProperty({ description: '文件大小 (字节)' }) sizeBytes!: number;
  @ApiProperty({ description: '已读取的字节数：进度为 bytesRead / sizeBytes' }) bytesRead!: number;
  @ApiProperty({ description: '已读取的数据行 (不含表头)' }) rowsRead!: number;
  @ApiProperty({ description: '新登记的农户' }) householdsStored!: number;
  @ApiProperty({ description: '已登记、按文件更新了信息的农户 (每项变更记入农户变更记录)' }) householdsUpdated!: number;
  @ApiProperty({ description: '已登记、与文件一致的农户' }) householdsUnchanged!: number;
  @ApiProperty({ description: '有误未导入的农户 (见错误报告)' }) householdsRefused!: number;
  @ApiProperty({ description: '部门比对数据: 附到在办识别案件的线索；筛查预警: 并入该户在办风险线索的预警' }) leadsAttached!: number;
  @ApiProperty({ description: '部门比对数据: 未涉及在办识别案件的行；筛查预警: 本辖区未找到此人的行' }) rowsUnmatched!: number;
  @ApiProperty({ description: '筛查预警: 新生成的风险线索' }) leadsOpened!: number;
  @ApiProperty({ description: '筛查预警: 未达本县阈值、未生成线索的预警' }) rowsBelowThreshold!: number;
  @ApiProperty({ description: '部门比对数据: 有误未导入的行 (见错误报告)' }) rowsRefused!: number;
  @ApiProperty({ type: String, nullable: true, description: '数据来源部门' }) source!: string | null;
  @ApiProperty({ type: [String], description: '文件中未读取的列' }) ignoredColumns!: string[];
  @ApiProperty({ type: String, nullable: true, description: '整个文件无法导入的原因' }) error!: string | null;
  @ApiProperty({ description: '已申请取消' }) cancelRequested!: boolean;
  @ApiProperty({ type: String, nullable: true, description: '错误报告的下载地址 (有未导入的行时)' }) reportUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '筛查预警: 反馈表的下载地址 (逐行的匹配、处理结果与线索办理情况，随办理进展更新)' }) feedbackUrl!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: Date | null;
}

export class ImportJobList {
  @ApiProperty({ type: [ImportJobView] }) items!: ImportJobView[];
}

export function importJobView(job: ImportJobEntity): ImportJobView {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    stateLabel: IMPORT_STATE_LABELS[job.state],
    regionId: job.regionId,
    fileName: job.fileName,
    sizeBytes: Number(job.sizeBytes),
    bytesRead: Number(job.bytesRead),
    rowsRead: job.rowsRead,
    householdsStored: job.householdsStored,
    householdsUpdated: job.householdsUpdated,
    householdsUnchanged: job.householdsUnchanged,
    householdsRefused: job.householdsRefused,
    leadsAttached: job.leadsAttached,
    rowsUnmatched: job.rowsUnmatched,
    leadsOpened: job.leadsOpened,
    rowsBelowThreshold: job.rowsBelowThreshold,
    rowsRefused: job.rowsRefused,
    source: job.source,
    ignoredColumns: job.ignoredColumns,
    error: job.error,
    cancelRequested: job.cancelRequested,
    // The report is complete once the import has ended.
    reportUrl: job.householdsRefused + job.rowsRefused > 0 && (job.state === 'done' || job.state === 'cancelled') ? `/imports/${job.id}/report` : null,
    feedbackUrl: job.kind === 'risk_alert' && job.state !== 'queued' ? `/imports/${job.id}/feedback` : null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
