import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { CaseView } from '../cases/case.view';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { ReportLeadDto } from './dto/report-lead.dto';
import { RiskReportView, riskReportView } from './risk-report.view';
import { RiskReportsService } from './risk-reports.service';

/** Residents' reports whose ID number the registry does not know yet: the village finds the household, the report becomes a lead. */
@ApiTags('risk-leads')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller('risk-reports')
export class RiskReportsController {
  constructor(private readonly reports: RiskReportsService) {}

  @Get()
  @ApiOperation({ summary: '待匹配农户的自主申报 (申报人身份证号码未在农户登记中)，最早的在前' })
  @ApiOkResponse({ type: [RiskReportView] })
  async awaiting(@CurrentActor() actor: Actor): Promise<RiskReportView[]> {
    return (await this.reports.awaiting(actor)).map(riskReportView);
  }

  @Post(':id/lead')
  @Roles('village')
  @ApiOperation({ summary: '为自主申报指定 (或新登记的) 农户，转为风险线索；受理时限自申报时起计算' })
  @ApiCreatedResponse({ type: CaseView })
  openLead(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: ReportLeadDto): Promise<CaseView> {
    return this.reports.openLeadFor(actor, id, dto.householdId);
  }
}
