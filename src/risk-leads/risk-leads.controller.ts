import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import { DryRunQuery } from '../cases/dry-run.middleware';
import { CaseCommand, ExpectedVersion } from '../cases/if-match';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { LeadClearanceDto, LeadDismissalDto } from './dto/lead-commands.dto';
import { RiskLeadsService } from './risk-leads.service';

/** A risk lead's steps (a lead is opened as a case of procedure `risk_lead`: POST /cases). */
@ApiTags('risk-leads')
@ApiBearerAuth()
@Roles('village')
@Controller('cases/:id')
export class RiskLeadsController {
  constructor(
    private readonly cases: CasesService,
    private readonly leads: RiskLeadsService,
  ) {}

  @Post('lead-acceptance')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '受理风险线索 (在受理时限内)' })
  accept(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'LEAD_ACCEPTED' }, version);
  }

  @Post('lead-dismissal')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '不予受理风险线索 (重复线索或不属于监测范围)，理由告知反映人' })
  dismiss(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: LeadDismissalDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.cases.command(actor, id, { type: 'LEAD_DISMISSED', reason: dto.reason, explanation: dto.explanation }, version);
  }

  @Post('lead-clearance')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '入户核查未发现风险，记录核查情况并关闭线索' })
  clear(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: LeadClearanceDto, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.leads.clear(actor, id, dto, version);
  }

  @Post('enrolment')
  @DryRunQuery()
  @CaseCommand()
  @ApiOperation({ summary: '由风险线索发起纳入监测 (15 天时限自发现线索起计算)；返回新开立的监测案件' })
  openEnrolment(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @ExpectedVersion() version?: number): Promise<CaseView> {
    return this.leads.openEnrolment(actor, id, version);
  }
}
