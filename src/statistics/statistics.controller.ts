import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { Type } from 'class-transformer';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { intParam, uuidParam } from '../common/param.pipes';
import { sendXlsx, XLSX } from '../exports/xlsx-download';
import { StatisticsService } from './statistics.service';
import { PopulationView, StatisticsView, TrendPoint, type RegionStatistics } from './statistics.view';

class StatisticsQuery {
  @ApiPropertyOptional({ description: '统计截止日 (含当日)，默认今天；农户状态按变更记录回溯', example: '2026-12-31' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '须为日期，如 2026-12-31' })
  asOf?: string;
}

class TrendQuery extends StatisticsQuery {
  @ApiPropertyOptional({ description: '年数 (含截止日所在年)，默认 5', minimum: 1, maximum: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  years?: number;
}

class PopulationDto {
  @ApiProperty({ description: '统计年报的农村人口 (人)', example: 1850 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  ruralPopulation!: number;
}

const HEADINGS = ['区划', '代码', '农户', '人口', '建档立卡户', '建档立卡人口', '已脱贫户', '已脱贫人口', '监测户', '监测人口', '脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '风险消除户', '农村人口', '农村人口来源', '贫困发生率 (%)', '当年退出户', '当年脱贫目标'];

function tableRow(row: RegionStatistics): (string | number | null)[] {
  return [
    row.name, row.code, row.all.households, row.all.people, row.registered.households, row.registered.people, row.exited.households, row.exited.people,
    row.monitored.households, row.monitored.people, row.monitoredByType.unstable_exited, row.monitoredByType.marginal, row.monitoredByType.sudden_hardship,
    row.riskEliminated.households, row.incidence.ruralPopulation, row.incidence.denominator === 'entered' ? '统计年报' : '登记在册', row.incidence.rate,
    row.exits?.exited ?? null, row.exits?.target ?? null,
  ];
}

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/regions/:regionId')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiOperation({ summary: '区划统计 (截至某日)：各下级区划的农户与人口按状态、监测对象类别、贫困发生率；超期案件；监测线索按时决定的比例' })
  @ApiOkResponse({ type: StatisticsView })
  get(@CurrentActor() actor: Actor, @Param('regionId', uuidParam('regionId')) regionId: string, @Query() query: StatisticsQuery): Promise<StatisticsView> {
    return this.statistics.forRegion(actor, regionId, query.asOf);
  }

  @Get('trend')
  @ApiOperation({ summary: '贫困发生率年度变化：截止日所在年及之前各年末的建档立卡户与贫困发生率' })
  @ApiOkResponse({ type: [TrendPoint] })
  trend(@CurrentActor() actor: Actor, @Param('regionId', uuidParam('regionId')) regionId: string, @Query() query: TrendQuery): Promise<TrendPoint[]> {
    return this.statistics.trend(actor, regionId, query.years ?? 5, query.asOf);
  }

  @Get('export')
  @ApiOperation({ summary: '区划统计表 (.xlsx)：各下级区划一行，末行为合计；另一页为各月风险线索按渠道' })
  @ApiProduces(XLSX)
  async export(@CurrentActor() actor: Actor, @Param('regionId', uuidParam('regionId')) regionId: string, @Query() query: StatisticsQuery, @Res() response: Response): Promise<void> {
    const view = await this.statistics.forRegion(actor, regionId, query.asOf);
    const rows = [...view.children.map(tableRow), tableRow({ ...view.total, name: `${view.total.name}合计` })];
    const leads = view.leadsByMonth.map((row) => [row.month, row.channelLabel, row.received]);
    await sendXlsx(response, `${view.total.name}统计-${view.asOf}.xlsx`, [
      { name: '统计', headings: HEADINGS, rows },
      { name: '风险线索', headings: ['月份', '渠道', '线索数'], rows: leads },
    ]);
  }

  @Put('population/:year')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '录入区划某年的农村人口 (统计年报数)，作为贫困发生率的分母' })
  @ApiOkResponse({ type: PopulationView })
  population(
    @CurrentActor() actor: Actor,
    @Param('regionId', uuidParam('regionId')) regionId: string,
    @Param('year', intParam('year')) year: number,
    @Body() dto: PopulationDto,
  ): Promise<PopulationView> {
    return this.statistics.enterPopulation(actor, regionId, year, dto.ruralPopulation);
  }
}
