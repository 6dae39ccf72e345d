import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { JurisdictionService } from '../authorization/jurisdiction.service';
import { CaseCommandService, SYSTEM_ACTOR, type CaseEventInput, type CommandActor } from '../cases/case-command.service';
import { persistedContext, restoreSnapshot } from '../cases/case-snapshot';
import { WorkingCalendarService } from '../calendar/working-calendar.service';
import { DEADLINE_KIND, deadlineKey } from '../deadlines/deadline-keys';
import { DeadlineScheduler } from '../deadlines/deadline-scheduler';
import { CaseEntity } from '../cases/case.entity';
import type { CaseView, OutcomeContext } from '../cases/case.view';
import { CasesService } from '../cases/cases.service';
import { currentProcedure, isPublicityStage, procedureAt, stageName } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { DomainError, ErrorCode, invalidFields, notFound } from '../common/domain-error';
import type { FileObjectionDto, ObjectionFindingDto, OpenNoticeDto } from './dto/open-notice.dto';
import { ObjectionEntity } from './objection.entity';
import { inLockOrder } from '../cases/lock-order';
import { nextPublicNumber } from '../database/public-number';
import { commandTransaction } from '../cases/dry-run';
import { reportQrPng, reportUrl } from '../risk-leads/report-qr';
import { PublicityNoticeEntity } from './publicity-notice.entity';
import { dayWindow, type DayWindow } from '../calendar/day-window';
import { isUniqueViolation } from '../database/postgres-errors';
import { DEFAULT_POLICY, withPolicyDefaults } from '../../workflows/policy';
import { PoliciesService } from '../policies/policies.service';
import { Settings } from '../config/settings';
import { maskName } from '../public-board/mask-name';
import { noticeListings, villagePlace } from './notice-listings';
import { renderNoticePdf } from './notice-pdf';
import { noticeTitle } from './notice-titles';
import type { NoticeOutcome, NoticeView } from './notice.view';

export interface NoticesOutcome {
  ended: number;
  refused: number;
  items: ({ index: number; noticeId: string } & ({ ended: true; outcome: NoticeOutcome } | { ended: false; error: { code: string; message: string } & Record<string, unknown> }))[];
}

function noticeView(notice: PublicityNoticeEntity): NoticeView {
  return { id: notice.id, villageId: notice.villageId, villageCode: notice.villageCode, procedure: notice.procedure, stage: notice.stage, startsOn: notice.startsOn, endsAt: notice.endsAt, caseIds: notice.caseIds };
}

@Injectable()
export class PublicityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commands: CaseCommandService,
    private readonly cases: CasesService,
    private readonly access: JurisdictionService,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
    private readonly calendar: WorkingCalendarService,
    private readonly policies: PoliciesService,
    private readonly settings: Settings,
  ) {}

  /** Opens one window for many cases of one village: all enter publicity, or none. */
  async open(actor: Actor, dto: OpenNoticeDto): Promise<NoticeOutcome> {
    const procedureName = dto.procedure ?? 'identification';
    const procedure = currentProcedure(procedureName);
    if (!procedure || !isPublicityStage(procedure, dto.stage)) throw invalidFields([{ field: 'stage', reason: `「${procedureName}」程序没有公示阶段 ${dto.stage}` }]);
    return commandTransaction(this.dataSource, async (tx) => {
      // Checked on the locked cases before anything is written: a refusal rolls back only the locks.
      const { village, cases: byId, problems } = await this.cases.villageBatch(tx, actor, dto.villageId, dto.caseIds, (index) => `caseIds[${index}]`);
      dto.caseIds.forEach((caseId, index) => {
        const row = byId.get(caseId);
        if (row && row.procedure !== procedureName) problems.push({ field: `caseIds[${index}]`, reason: `案件 ${row.caseNumber} 不属于「${procedureName}」程序` });
      });
      const lengths = new Set([...byId.values()].map((row) => `${this.daysOf(row, dto.stage)}/${row.policy.dayCounting}/${row.policy.demoWindowSeconds ?? ''}`));
      // One notice, one window: cases started under policies with different windows go on separate notices.
      if (lengths.size > 1) problems.push({ field: 'caseIds', reason: '所列案件适用的公示期不同，请分别发布' });
      if (problems.length > 0) throw invalidFields(problems);

      const first = byId.get(dto.caseIds[0] ?? '') as CaseEntity;
      const window = await this.windowFor(first, dto.stage);
      const notice = await tx.getRepository(PublicityNoticeEntity).save(
        tx.getRepository(PublicityNoticeEntity).create({
          publicNumber: await nextPublicNumber(tx, 'GS', 'notice_number_seq', this.clock.now()),
          villageId: village.id,
          villageCode: village.code,
          procedure: procedureName,
          stage: dto.stage,
          startsOn: window.startsOn,
          endsAt: new Date(window.endsAt),
          caseIds: dto.caseIds,
          openedBy: actor.accountId,
        }),
      );
      // Every refused case is named, not just the first.
      const refused = dto.caseIds
        .map((caseId, index) => ({ row: byId.get(caseId) as CaseEntity, index }))
        .filter(({ row }) => row.stage !== dto.stage || row.phase !== 'pending')
        .map(({ row, index }) => ({ field: `caseIds[${index}]`, reason: `案件 ${row.caseNumber} 处于「${stageName(row)}」，不能列入本次公示` }));
      if (refused.length > 0) throw new DomainError(ErrorCode.TransitionNotAllowed, '部分案件不能列入本次公示', { errors: refused });
      const rows = await this.commands.applyEach(
        tx,
        actor,
        dto.caseIds.map((caseId, index) => ({ caseId, event: { type: 'PUBLICITY_OPENED', noticeId: notice.id, endsAt: window.endsAt }, options: { item: `caseIds[${index}]` } })),
        byId,
      );
      return { notice: noticeView(notice), cases: rows.map((after) => ({ caseId: after.id, stage: after.stage, phase: after.phase })) };
    });
  }

  /**
   * The window's end for every case still on the notice. Cases that have moved on are
   * skipped, so running it twice changes nothing the second time.
   */
  /** Many windows ended in one request, each in its own transaction: one not yet over is refused with its error and index. */
  async endMany(actor: Actor, noticeIds: string[]): Promise<NoticesOutcome> {
    const items: NoticesOutcome['items'] = [];
    for (const [index, noticeId] of noticeIds.entries()) {
      try {
        items.push({ index, noticeId, ended: true, outcome: await this.end(actor, noticeId) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        items.push({ index, noticeId, ended: false, error: { code: error.code, message: error.message, ...error.details } });
      }
    }
    const ended = items.filter((item) => item.ended).length;
    return { ended, refused: items.length - ended, items };
  }

  async end(actor: CommandActor, noticeId: string): Promise<NoticeOutcome> {
    const notice = await this.noticeFor(actor, noticeId);
    return commandTransaction(this.dataSource, (tx) => this.endInTransaction(tx, actor, notice));
  }

  /**
   * Also what the deadline worker runs, as the system, in the transaction that marks the
   * deadline fired; `caseIds` narrows it to a part of the notice.
   */
  async endInTransaction(tx: EntityManager, actor: CommandActor, notice: PublicityNoticeEntity, caseIds: readonly string[] = notice.caseIds): Promise<NoticeOutcome> {
    if (notice.cancelledAt) return { notice: noticeView(notice), cases: [] };
    return { notice: noticeView(notice), cases: await this.applyToCasesOnNotice(tx, actor, notice, ['open'], { type: 'PUBLICITY_WINDOW_ENDED' }, caseIds) };
  }

  /**
   * A window's deadline firing (issue 18, storms spread over workers): a notice of a few hundred
   * cases ends at once; a larger one becomes parts, each a deadline due now that any worker may
   * take, in parallel with the others.
   */
  async windowDeadlineFired(tx: EntityManager, notice: PublicityNoticeEntity): Promise<void> {
    const size = this.settings.noticePartCases;
    if (notice.caseIds.length <= size) {
      await this.endInTransaction(tx, SYSTEM_ACTOR, notice);
      return;
    }
    const inOrder = [...notice.caseIds].sort();
    const parts = Array.from({ length: Math.ceil(inOrder.length / size) }, (_, part) => inOrder.slice(part * size, (part + 1) * size));
    await this.deadlines.scheduleMany(
      tx,
      parts.map((caseIds, part) => ({ key: deadlineKey.publicityPart(notice.id, part), kind: DEADLINE_KIND.publicityWindowPart, dueAt: notice.endsAt, noticeId: notice.id, payload: { caseIds } })),
    );
  }

  /**
   * The only way to close a notice early (procedures.md): the reason is journaled on every case
   * still on it, they return to wait for a new notice, and the window's deadline is cancelled.
   */
  async cancel(actor: Actor, noticeId: string, reason: string): Promise<NoticeOutcome> {
    const notice = await this.noticeFor(actor, noticeId);
    if (notice.cancelledAt) throw new DomainError(ErrorCode.Conflict, '该公示已撤销');
    return commandTransaction(this.dataSource, async (tx) => {
      const cases = await this.applyToCasesOnNotice(tx, actor, notice, ['open', 'awaiting_findings'], { type: 'PUBLICITY_CANCELLED', noticeId: notice.id, reason });
      const moved = cases.filter((item) => !item.skipped).map((item) => item.caseId);
      if (moved.length > 0) await tx.getRepository(ObjectionEntity).update({ caseId: In(moved), noticeId: notice.id, status: 'open' }, { status: 'cancelled', finding: `公示已撤销: ${reason}`, resolvedAt: this.clock.now(), resolvedBy: actor.accountId });
      await tx.getRepository(PublicityNoticeEntity).update(notice.id, { cancelledAt: this.clock.now(), cancelReason: reason });
      await this.deadlines.cancel(tx, deadlineKey.publicity(notice.id));
      return { notice: { ...noticeView(notice), cancelled: true }, cases };
    });
  }

  /**
   * One event to every case still on this notice in one of `phases`, as one batch; the others
   * are skipped, so repeats change nothing. Locked before their phase is read: a window ended by
   * hand while its deadline fires moves each case once, the second skips it.
   */
  private async applyToCasesOnNotice(
    tx: EntityManager,
    actor: CommandActor,
    notice: PublicityNoticeEntity,
    phases: string[],
    event: CaseEventInput,
    caseIds: readonly string[] = notice.caseIds,
  ): Promise<NoticeOutcome['cases']> {
    const rows = await this.commands.lock(tx, caseIds);
    const onNotice = (row: CaseEntity) =>
      phases.includes(row.phase ?? '') && (persistedContext(row) as OutcomeContext).publicity?.noticeId === notice.id;
    const skipped = new Map<string, CaseEntity>();
    for (const row of rows.values()) if (!onNotice(row)) skipped.set(row.id, row);
    const moving = caseIds.filter((caseId) => rows.has(caseId) && !skipped.has(caseId));
    // Each refusal names the case's place on the notice, looked up once (a notice's end holds up to hundreds of cases).
    const placeOnNotice = new Map(notice.caseIds.map((caseId, index) => [caseId, index]));
    const moved = await this.commands.applyEach(tx, actor, moving.map((caseId) => ({ caseId, event, options: { item: `caseIds[${placeOnNotice.get(caseId)}]` } })), rows);
    const after = new Map(moved.map((row) => [row.id, row]));
    return inLockOrder(caseIds, (caseId) => caseId).map(({ item: caseId }) => {
      const row = after.get(caseId) ?? skipped.get(caseId);
      if (!row) throw new Error(`notice ${notice.id} lists case ${caseId}, which does not exist`);
      return after.has(caseId) ? { caseId, stage: row.stage, phase: row.phase } : { caseId, stage: row.stage, phase: row.phase, skipped: '案件已不在本次公示期内' };
    });
  }

  private async noticeFor(actor: CommandActor, noticeId: string): Promise<PublicityNoticeEntity> {
    const notice = await this.dataSource.getRepository(PublicityNoticeEntity).findOneBy({ id: noticeId });
    if (!notice) throw notFound('公示');
    if (actor.accountId !== null) await this.access.assertWithin(actor as Actor, notice.villageCode);
    return notice;
  }

  /** The window from the case's frozen policy: days (calendar or working), or demo seconds. */
  private daysOf(row: Pick<CaseEntity, 'procedure' | 'machineVersion' | 'policy'>, stage: string): number {
    return procedureAt(row.procedure, row.machineVersion).publicityDays(withPolicyDefaults(row.policy), stage);
  }

  private async windowFor(row: Pick<CaseEntity, 'procedure' | 'machineVersion' | 'policy'>, stage: string): Promise<DayWindow> {
    const now = this.clock.now();
    const today = chinaDate(now);
    if (row.policy.demoWindowSeconds) {
      const endsAt = new Date(now.getTime() + row.policy.demoWindowSeconds * 1000).toISOString();
      return { startsOn: today, lastDay: chinaDate(new Date(endsAt)), endsAt };
    }
    return dayWindow(today, this.daysOf(row, stage), row.policy.dayCounting, await this.calendar.isWorkdayFunction());
  }

  /** The notice as printed for the village board; full names only where the county allows them. */
  /** The notice as printed for the village's board; `origin` is where the residents reach the service (its QR code). */
  async printable(actor: Actor, noticeId: string, origin: string): Promise<{ fileName: string; pdf: Buffer }> {
    const notice = await this.noticeFor(actor, noticeId);
    const place = await villagePlace(this.dataSource, notice.villageCode);
    const policy = (await this.policies.currentForVillage(notice.villageCode)).settings;
    const board = { ...DEFAULT_POLICY.publicBoard, ...policy.publicBoard };
    const title = noticeTitle(notice.procedure, notice.stage, policy);
    const listings = await noticeListings(this.dataSource, { noticeId });
    const issuers = { village: `${place?.village ?? ''}村民委员会`, township: `${place?.township ?? ''}人民政府`, county: `${place?.county ?? ''}乡村振兴局` };
    const pdf = await renderNoticePdf({
      title: `${place?.village ?? ''}${title?.print ?? notice.stage}`,
      number: notice.publicNumber,
      intro: title?.intro ?? '',
      rows: listings.map((row) => ({ group: row.groupName, head: row.headName === null ? '' : board.fullNames ? row.headName : maskName(row.headName), size: row.size, caseNumber: row.caseNumber })),
      startsOn: notice.startsOn,
      lastDay: chinaDate(new Date(notice.endsAt.getTime() - 1)),
      contacts: board.contacts,
      issuer: issuers[title?.issuer ?? 'village'],
      issuedOn: notice.startsOn,
      report: { url: reportUrl(origin, notice.villageCode), qr: await reportQrPng(reportUrl(origin, notice.villageCode)) },
    });
    return { fileName: `notice-${notice.startsOn}-${notice.id.slice(0, 8)}.pdf`, pdf };
  }

  async get(actor: Actor, noticeId: string): Promise<NoticeView> {
    const notice = await this.dataSource.getRepository(PublicityNoticeEntity).findOneBy({ id: noticeId });
    if (!notice) throw notFound('公示');
    await this.access.assertWithin(actor, notice.villageCode);
    return noticeView(notice);
  }

  /** Staff record an objection or appeal (for a resident, or on paper); the case holds until it is settled. */
  async fileObjection(actor: Actor, caseId: string, dto: FileObjectionDto): Promise<CaseView> {
    const { row } = await this.recordObjection(actor, caseId, dto, null);
    return this.cases.view(actor, row);
  }

  /**
   * One objection row and its event on the case, in one transaction. A resident's form carries
   * a one-time key: sent twice, it answers the objection the first one created.
   */
  async recordObjection(actor: CommandActor, caseId: string, dto: FileObjectionDto, submissionKey: string | null): Promise<{ row: CaseEntity; objection: ObjectionEntity }> {
    const row = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: caseId });
    if (!row) throw notFound('案件');
    if (!dto.objectorName && !row.policy.anonymousObjections) {
      throw invalidFields([{ field: 'objectorName', reason: '本县不受理匿名异议，请填写反映人姓名' }]);
    }
    if (submissionKey) {
      const earlier = await this.dataSource.getRepository(ObjectionEntity).findOneBy({ submissionKey });
      if (earlier) return { row, objection: earlier };
    }
    const context = restoreSnapshot(procedureAt(row.procedure, row.machineVersion), row).context as OutcomeContext;
    try {
      return await commandTransaction(this.dataSource, async (tx) => {
        const objections = tx.getRepository(ObjectionEntity);
        const objection = await objections.save(
          objections.create({
            caseId,
            noticeId: context.publicity?.noticeId ?? null,
            stage: row.stage,
            kind: dto.kind,
            publicNumber: await nextPublicNumber(tx, 'YY', 'objection_number_seq', this.clock.now()),
            submissionKey,
            objectorName: dto.objectorName ?? null,
            objectorContact: dto.objectorContact ?? null,
            reason: dto.reason,
            status: 'open',
            filedAt: this.clock.now(),
            filedBy: actor.accountId,
          }),
        );
        // The machine tells the office that must investigate, naming the public number.
        const { publicNumber } = objection;
        const event = dto.kind === 'objection' ? { type: 'OBJECTION_FILED', objectionId: objection.id, publicNumber } : { type: 'APPEAL_FILED', appealId: objection.id, publicNumber };
        const after = await this.commands.apply(tx, actor, caseId, event);
        return { row: after, objection };
      });
    } catch (error) {
      // Two taps racing: the second loses on the key and answers the first's objection.
      if (submissionKey && isUniqueViolation(error, 'objection_submission_unique')) {
        return { row, objection: await this.dataSource.getRepository(ObjectionEntity).findOneByOrFail({ submissionKey }) };
      }
      throw error;
    }
  }

  /** The finding (异议成立 / 不成立) or the written answer to an appeal. */
  async resolveObjection(actor: Actor, objectionId: string, dto: ObjectionFindingDto): Promise<CaseView> {
    const after = await commandTransaction(this.dataSource, async (tx) => {
      const objections = tx.getRepository(ObjectionEntity);
      const objection = await objections.findOne({ where: { id: objectionId }, lock: { mode: 'pessimistic_write' } });
      if (!objection) throw notFound('异议');
      if (objection.status !== 'open') throw new DomainError(ErrorCode.Conflict, '该异议已处理', { status: objection.status });
      await objections.update(objection.id, {
        status: dto.upheld ? 'upheld' : 'dismissed',
        finding: dto.finding,
        resolvedAt: this.clock.now(),
        resolvedBy: actor.accountId,
      });
      const event =
        objection.kind === 'objection'
          ? { type: 'OBJECTION_RESOLVED', objectionId, upheld: dto.upheld, finding: dto.finding }
          : { type: 'APPEAL_ANSWERED', appealId: objectionId, upheld: dto.upheld, answer: dto.finding };
      const row = await this.commands.apply(tx, actor, objection.caseId, event);
      if (row.phase !== 'open' && row.phase !== 'awaiting_findings') {
        // The case left the notice (an upheld item): the others filed against it there are moot.
        await tx
          .getRepository(ObjectionEntity)
          .update(
            { caseId: objection.caseId, noticeId: objection.noticeId ?? undefined, status: 'open' },
            { status: 'cancelled', finding: '案件已因其他异议或复核成立而退出本次公示', resolvedAt: this.clock.now(), resolvedBy: actor.accountId },
          );
      }
      return row;
    });
    return this.cases.view(actor, after);
  }
}
