import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LeadChannel } from '../../workflows/risk-lead/risk-lead.types';
import { CaseCommandService } from '../cases/case-command.service';
import { CaseEntity } from '../cases/case.entity';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import { commandTransaction } from '../cases/dry-run';
import { requireProcedure } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { chinaDate } from '../common/clock';
import { notFound } from '../common/domain-error';
import { HouseholdEntity } from '../households/household.entity';
import { recordDateProblems } from '../../workflows/record-dates';
import { Clock } from '../common/clock';
import type { LeadClearanceDto } from './dto/lead-commands.dto';

/**
 * What a risk lead does beyond its own steps: open the monitoring enrolment it turns into. The
 * lead is a case (procedure `risk_lead`), so accepting and closing it are plain case commands.
 */
@Injectable()
export class RiskLeadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly commands: CaseCommandService,
    private readonly clock: Clock,
  ) {}

  /** A lead's checks at home found a risk: the enrolment opens from it, its 15 days counted from the lead. */
  async openEnrolment(actor: Actor, leadId: string, expectedVersion?: number): Promise<CaseView> {
    const enrolment = await commandTransaction(this.dataSource, async (tx) => {
      const lead = await tx.getRepository(CaseEntity).findOne({ where: { id: leadId, procedure: 'risk_lead' }, lock: { mode: 'pessimistic_write' } });
      if (!lead) throw notFound('风险线索');
      const household = await tx.getRepository(HouseholdEntity).findOneByOrFail({ id: lead.householdId });
      const application = lead.application as { reasons: string; channel: LeadChannel };
      // A lead not accepted yet, or closed, refuses the event (409): the enrolment is rolled back with it.
      // One already running for the household is refused by openIn (CASE_ALREADY_OPEN).
      const opened = await this.cases.openIn(tx, actor, household, requireProcedure('monitoring'), {
        reasons: application.reasons,
        source: application.channel,
        leadCaseId: lead.id,
        leadReceivedAt: lead.createdAt.toISOString(),
      });
      await this.commands.apply(tx, actor, lead.id, { type: 'ENROLMENT_OPENED', caseId: opened.id }, { expectedVersion });
      return opened;
    });
    return this.cases.view(actor, enrolment);
  }

  /** The home check found no risk: the lead closes with the facts, the check dated between the lead and today. */
  async clear(actor: Actor, leadId: string, dto: LeadClearanceDto, expectedVersion?: number): Promise<CaseView> {
    const event = { type: 'LEAD_CLEARED', checkedOn: dto.checkedOn, facts: dto.facts };
    const answer = await this.commands.dispatch(actor, leadId, event, {
      expectedVersion,
      inputProblems: (lead) => recordDateProblems({ today: chinaDate(this.clock.now()), days: { checkedOn: dto.checkedOn }, notBefore: { day: chinaDate(lead.createdAt), what: '线索受理日期' } }),
    });
    return this.cases.answer(actor, answer);
  }
}
