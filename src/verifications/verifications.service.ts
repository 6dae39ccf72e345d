import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseCommandService } from '../cases/case-command.service';
import type { CaseView } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { invalidFields } from '../common/domain-error';
import { futureDateProblem } from '../common/past-date';
import type { RecordVerificationDto } from './dto/record-verification.dto';
import { VerificationEntity } from './verification.entity';

@Injectable()
export class VerificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commands: CaseCommandService,
    private readonly cases: CasesService,
    private readonly clock: Clock,
  ) {}

  /** The visit is kept as a record of its own and applied to the case in the same transaction. */
  async record(actor: Actor, caseId: string, dto: RecordVerificationDto, expectedVersion?: number): Promise<CaseView> {
    const problems = futureDateProblem('visitedOn', dto.visitedOn, chinaDate(this.clock.now()));
    if (problems.length > 0) throw invalidFields(problems);
    const crossCheckHits = dto.crossCheckHits.map((hit) => ({ source: hit.source, resolution: hit.resolution ?? null, ...(hit.note ? { note: hit.note } : {}) }));
    const row = await this.dataSource.transaction(async (tx) => {
      const verifications = tx.getRepository(VerificationEntity);
      const verification = await verifications.save(
        verifications.create({
          caseId,
          visitedOn: dto.visitedOn,
          visitors: dto.visitors,
          fullHomeVisit: dto.fullHomeVisit,
          incomeFound: dto.incomeFound ?? null,
          livingConditions: { ...dto.livingConditions },
          exclusionChecks: dto.exclusionChecks,
          crossCheckHits,
          eligible: dto.eligible,
          reason: dto.reason ?? null,
          recordedBy: actor.accountId,
        }),
      );
      return this.commands.apply(
        tx,
        actor,
        caseId,
        {
          type: 'VERIFICATION_RECORDED',
          verificationId: verification.id,
          visitors: dto.visitors,
          fullHomeVisit: dto.fullHomeVisit,
          exclusionChecks: dto.exclusionChecks,
          crossCheckHits: crossCheckHits.map(({ source, resolution }) => ({ source, resolution })),
          eligible: dto.eligible,
          reason: dto.reason ?? null,
        },
        { expectedVersion },
      );
    });
    return this.cases.view(actor, row);
  }
}
