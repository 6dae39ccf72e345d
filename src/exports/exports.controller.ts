import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags, OmitType } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CaseFilters } from '../cases/dto/list-cases.query';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { ListHouseholdsQuery } from '../households/dto/list-households.query';
import { ListFollowUpsQuery } from '../follow-ups/dto/follow-up.dto';
import { uuidParam } from '../common/param.pipes';
import { ExportsService } from './exports.service';
import { sendXlsx, XLSX } from './xlsx-download';

class HouseholdExportQuery extends OmitType(ListHouseholdsQuery, ['limit', 'cursor'] as const) {}
class FollowUpExportQuery extends OmitType(ListFollowUpsQuery, ['limit', 'cursor'] as const) {}

@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly clock: Clock,
  ) {}

  @Get('households')
  @ApiOperation({ summary: '导出农户花名册 (.xlsx，每人一行，与导入模板同一格式)，筛选同农户列表；系统管理员看到的身份证号码中间 8 位遮蔽' })
  @ApiProduces(XLSX)
  async households(@CurrentActor() actor: Actor, @Query() query: HouseholdExportQuery, @Res() response: Response): Promise<void> {
    await sendXlsx(response, `农户花名册-${chinaDate(this.clock.now())}.xlsx`, [{ name: '花名册', headings: ExportsService.HOUSEHOLD_HEADINGS, rows: this.exports.householdRows(actor, query) }]);
  }

  @Get('cases')
  @ApiOperation({ summary: '导出案件 (.xlsx，含当前阶段与时限)，筛选同案件列表' })
  @ApiProduces(XLSX)
  async cases(@CurrentActor() actor: Actor, @Query() query: CaseFilters, @Res() response: Response): Promise<void> {
    await sendXlsx(response, `案件-${chinaDate(this.clock.now())}.xlsx`, [{ name: '案件', headings: ExportsService.CASE_HEADINGS, rows: this.exports.caseRows(actor, query) }]);
  }

  @Get('notices/:id')
  @ApiOperation({ summary: '导出公示名单 (.xlsx)：户主全名、村民小组、家庭人口、案件及其当前阶段' })
  @ApiProduces(XLSX)
  async notice(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Res() response: Response): Promise<void> {
    const { fileName, rows } = await this.exports.noticeRows(actor, id);
    await sendXlsx(response, fileName, [{ name: '公示名单', headings: ExportsService.NOTICE_HEADINGS, rows }]);
  }

  @Get('follow-ups')
  @ApiOperation({ summary: '导出脱贫户回头看 (.xlsx)，筛选同回头看列表' })
  @ApiProduces(XLSX)
  async followUps(@CurrentActor() actor: Actor, @Query() query: FollowUpExportQuery, @Res() response: Response): Promise<void> {
    await sendXlsx(response, `回头看-${chinaDate(this.clock.now())}.xlsx`, [{ name: '回头看', headings: ExportsService.FOLLOW_UP_HEADINGS, rows: this.exports.followUpRows(actor, query) }]);
  }

  @Get('households/:id/plan')
  @ApiOperation({ summary: '导出一户一策 (.xlsx)：帮扶措施、收入核查两张表' })
  @ApiProduces(XLSX)
  async plan(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Res() response: Response): Promise<void> {
    const plan = await this.exports.planSheets(actor, id);
    await sendXlsx(response, `一户一策-${plan.headName}.xlsx`, plan.sheets);
  }
}
