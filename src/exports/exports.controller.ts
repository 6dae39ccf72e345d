import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags, OmitType } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CaseFilters } from '../cases/dto/list-cases.query';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { ListHouseholdsQuery } from '../households/dto/list-households.query';
import { ExportsService } from './exports.service';
import { sendXlsx, XLSX } from './xlsx-download';

class HouseholdExportQuery extends OmitType(ListHouseholdsQuery, ['limit', 'cursor'] as const) {}

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
    await sendXlsx(response, `农户花名册-${chinaDate(this.clock.now())}.xlsx`, '花名册', ExportsService.HOUSEHOLD_HEADINGS, this.exports.householdRows(actor, query));
  }

  @Get('cases')
  @ApiOperation({ summary: '导出案件 (.xlsx，含当前阶段与时限)，筛选同案件列表' })
  @ApiProduces(XLSX)
  async cases(@CurrentActor() actor: Actor, @Query() query: CaseFilters, @Res() response: Response): Promise<void> {
    await sendXlsx(response, `案件-${chinaDate(this.clock.now())}.xlsx`, '案件', ExportsService.CASE_HEADINGS, this.exports.caseRows(actor, query));
  }
}
