import { ApiProperty } from '@nestjs/swagger';
import { CaseStageCount } from '../cases/case.view';
import { LEAD_CHANNELS } from '../../workflows/risk-lead/risk-lead.types';

export class StatusCount {
  @ApiProperty({ description: '户数' }) households!: number;
  @ApiProperty({ description: '人数' }) people!: number;
}

export class MonitoredByType {
  @ApiProperty({ description: '脱贫不稳定户 (户)' }) unstable_exited!: number;
  @ApiProperty({ description: '边缘易致贫户 (户)' }) marginal!: number;
  @ApiProperty({ description: '突发严重困难户 (户)' }) sudden_hardship!: number;
}

export class PovertyIncidence {
  @ApiProperty({ description: '建档立卡贫困人口 (人)' }) poorPeople!: number;
  @ApiProperty({ description: '农村人口 (人)：统计年报录入数，未录入时为登记在册人数' }) ruralPopulation!: number;
  @ApiProperty({ enum: ['entered', 'registry'], description: '分母来源: entered 统计年报录入，registry 登记在册人数' }) denominator!: 'entered' | 'registry';
  @ApiProperty({ type: Number, nullable: true, description: '贫困发生率 (%)，保留两位小数；农村人口为 0 时为空', example: 3.25 }) rate!: number | null;
}

/** One region's figures as of the day asked: households and people by status, the incidence. */
export class RegionStatistics {
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty({ example: '450123100201' }) code!: string;
  @ApiProperty({ example: '青山村' }) name!: string;
  @ApiProperty({ enum: ['county', 'township', 'village', 'group'] }) level!: string;
  @ApiProperty({ type: StatusCount, description: '登记在册的全部农户' }) all!: StatusCount;
  @ApiProperty({ type: StatusCount, description: '建档立卡贫困户 (未退出)' }) registered!: StatusCount;
  @ApiProperty({ type: StatusCount, description: '已脱贫 (退出)' }) exited!: StatusCount;
  @ApiProperty({ type: StatusCount, description: '纳入监测' }) monitored!: StatusCount;
  @ApiProperty({ type: StatusCount, description: '风险已消除' }) riskEliminated!: StatusCount;
  @ApiProperty({ type: MonitoredByType, description: '监测对象按类别' }) monitoredByType!: MonitoredByType;
  @ApiProperty({ type: PovertyIncidence }) incidence!: PovertyIncidence;
  @ApiProperty({ type: () => ExitsAgainstTarget, nullable: true, description: '当年退出户数与县定目标 (乡镇)' }) exits!: ExitsAgainstTarget | null;
}

export class ExitsAgainstTarget {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: Number, nullable: true, description: '县定年度脱贫目标 (户)；未制定为空' }) target!: number | null;
  @ApiProperty({ description: '当年退出的户数' }) exited!: number;
}

export class OverdueByOffice {
  @ApiProperty({ enum: ['village', 'township', 'county'] }) role!: string;
  @ApiProperty({ example: '乡镇' }) roleLabel!: string;
  @ApiProperty({ description: '超过本阶段时限仍在等待的案件' }) count!: number;
}

export class MonitoringLimitCompliance {
  @ApiProperty({ description: '截至当日已作出决定 (纳入或不纳入) 的监测线索' }) decided!: number;
  @ApiProperty({ description: '其中在时限 (自发现线索起 15 天) 内决定的' }) decidedWithinLimit!: number;
  @ApiProperty({ type: Number, nullable: true, description: '按时决定的比例 (%)' }) share!: number | null;
  @ApiProperty({ description: '尚未决定且已超过时限的' }) overdue!: number;
}

/** Risk leads received in a month through one channel (procedures.md "Monitoring as routine work": the three channels). */
export class LeadsInMonth {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ enum: LEAD_CHANNELS }) channel!: string;
  @ApiProperty({ example: '农户自主申报' }) channelLabel!: string;
  @ApiProperty({ description: '收到的线索数' }) received!: number;
}

export class StatisticsView {
  @ApiProperty({ example: '2026-12-31', description: '统计截止日 (含当日)；农户状态按变更记录回溯到当日' }) asOf!: string;
  @ApiProperty({ type: RegionStatistics, description: '本区划合计' }) total!: RegionStatistics;
  @ApiProperty({ type: [RegionStatistics], description: '各下级区划 (县 → 乡镇 → 村 → 村民小组)' }) children!: RegionStatistics[];
  @ApiProperty({ type: [CaseStageCount], description: '当前在办案件，按程序和阶段' }) cases!: CaseStageCount[];
  @ApiProperty({ type: [OverdueByOffice], description: '当前超期案件，按等待办理的层级' }) overdueByOffice!: OverdueByOffice[];
  @ApiProperty({ type: MonitoringLimitCompliance, description: '防返贫监测: 线索在时限内决定的比例' }) monitoringLimit!: MonitoringLimitCompliance;
  @ApiProperty({ type: [LeadsInMonth], description: '截止日所在年度各月收到的风险线索，按渠道' }) leadsByMonth!: LeadsInMonth[];
}

/** A region's registered poor and the incidence at the end of a year (the year asked: as of the day). */
export class TrendPoint {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ example: '2025-12-31' }) asOf!: string;
  @ApiProperty({ type: StatusCount, description: '建档立卡贫困户 (未退出)' }) registered!: StatusCount;
  @ApiProperty({ type: PovertyIncidence }) incidence!: PovertyIncidence;
}

export class PopulationView {
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 1850 }) ruralPopulation!: number;
}
