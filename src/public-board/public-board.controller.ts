import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { residentActor } from '../cases/case-command.service';
import { DomainError } from '../common/domain-error';
import { PublicityService } from '../publicity/publicity.service';
import {
  caseResultPage,
  lookupFormPage,
  notFoundPage,
  objectionFormPage,
  objectionReceivedPage,
  objectionResultPage,
  townshipPage,
} from './board.views';
import { PublicBoardService } from './public-board.service';
import { PHONE_NUMBER, PHONE_NUMBER_REASON } from '../households/phone-number';
import { RiskReportsService } from '../risk-leads/risk-reports.service';
import { reportFormPage, reportReceivedPage, reportStatusPage } from './report.views';
import { originOf, reportQrSvg, reportUrl } from '../risk-leads/report-qr';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Lookups and objections are guessable or floodable: tighter limits per client than reading. */
const LOOKUP_LIMIT = { default: { limit: 10, ttl: 60_000 } };
const OBJECTION_LIMIT = { default: { limit: 5, ttl: 60_000 } };

/**
 * The residents' publicity board (公示栏): server-rendered Chinese pages that work without
 * JavaScript on a small phone. No login; nothing here shows ID numbers, phones, health or income.
 */
@Public()
@ApiExcludeController()
@UseGuards(ThrottlerGuard)
@Controller('board')
export class PublicBoardController {
  constructor(
    private readonly board: PublicBoardService,
    private readonly publicity: PublicityService,
    private readonly reports: RiskReportsService,
  ) {}

  @Get('case-lookup')
  @SkipThrottle()
  @Header('content-type', 'text/html; charset=utf-8')
  caseLookupForm(): string {
    return lookupFormPage('case', null);
  }

  // Posted, so the last digits of an ID number never stand in a URL or a log line.
  @Post('case-lookup')
  @HttpCode(200)
  @Throttle(LOOKUP_LIMIT)
  @Header('content-type', 'text/html; charset=utf-8')
  async caseLookup(@Body() body: Record<string, unknown>): Promise<string> {
    const typed = { number: text(body.caseNumber), lastFour: text(body.id4) };
    const result = await this.board.lookUpCase(typed.number, typed.lastFour);
    return result ? caseResultPage(result) : lookupFormPage('case', '未找到与案件编号和身份证号码后四位相符的申请，请核对后重试。', typed);
  }

  @Get('objection-status')
  @SkipThrottle()
  @Header('content-type', 'text/html; charset=utf-8')
  objectionStatusForm(): string {
    return lookupFormPage('objection', null);
  }

  @Post('objection-status')
  @HttpCode(200)
  @Throttle(LOOKUP_LIMIT)
  @Header('content-type', 'text/html; charset=utf-8')
  async objectionStatus(@Body() body: Record<string, unknown>): Promise<string> {
    const typed = { number: text(body.number), lastFour: text(body.phone4) };
    const result = await this.board.lookUpObjection(typed.number, typed.lastFour);
    return result ? objectionResultPage(result) : lookupFormPage('objection', '未找到与编号和电话后四位相符的异议，请核对后重试。', typed);
  }

  @Get('report-status')
  @SkipThrottle()
  @Header('content-type', 'text/html; charset=utf-8')
  reportStatusForm(): string {
    return lookupFormPage('report', null);
  }

  @Post('report-status')
  @HttpCode(200)
  @Throttle(LOOKUP_LIMIT)
  @Header('content-type', 'text/html; charset=utf-8')
  async reportStatus(@Body() body: Record<string, unknown>): Promise<string> {
    const typed = { number: text(body.number), lastFour: text(body.phone4) };
    const status = await this.reports.lookUp(typed.number, typed.lastFour);
    return status ? reportStatusPage(status) : lookupFormPage('report', '未找到与编号和电话后四位相符的申报，请核对后重试。', typed);
  }

  @Get('township/:code')
  @SkipThrottle()
  @Header('content-type', 'text/html; charset=utf-8')
  async township(@Param('code') code: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const township = await this.board.townshipVillages(code);
    if (!township) return this.missing(response);
    return townshipPage(township.township, township.villages);
  }

  // Reading is not limited: a whole village may read from behind one carrier NAT address.
  // The page's bytes go out as the cache holds them (Nest would send a Buffer as JSON).
  @Get(':villageCode')
  @SkipThrottle()
  async village(@Param('villageCode') villageCode: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    const board = await this.board.villageBoardPage(villageCode);
    if (!board) {
      response.send(this.missing(response));
      return;
    }
    // Its tag from the cache: Express then neither hashes the page again nor sends it to a reader whose copy is current (304).
    response.setHeader('ETag', board.etag);
    response.setHeader('Vary', 'Accept-Encoding');
    const gzip = request.acceptsEncodings('gzip', 'identity') === 'gzip';
    if (gzip) response.setHeader('Content-Encoding', 'gzip');
    response.send(gzip ? board.gzipped : board.unpacked());
  }

  /** The QR code of the village's self-report page, for the board and its print: the address this request came to. */
  @Get(':villageCode/report-qr.svg')
  @SkipThrottle()
  @Header('content-type', 'image/svg+xml')
  @Header('cache-control', 'public, max-age=86400')
  async reportQr(@Param('villageCode') villageCode: string, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string> {
    const board = await this.board.villageBoard(villageCode);
    if (!board) return this.missing(response);
    return reportQrSvg(reportUrl(originOf(request), board.villageCode));
  }

  @Get(':villageCode/report')
  @SkipThrottle()
  @Header('content-type', 'text/html; charset=utf-8')
  async reportForm(@Param('villageCode') villageCode: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const board = await this.board.villageBoard(villageCode);
    return board ? reportFormPage({ villageCode: board.villageCode, village: board.village, submissionKey: randomUUID() }) : this.missing(response);
  }

  // One lead per submission, and a flood is refused like objections are.
  @Post(':villageCode/report')
  @Throttle(OBJECTION_LIMIT)
  @Header('content-type', 'text/html; charset=utf-8')
  async fileReport(@Param('villageCode') villageCode: string, @Body() body: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<string> {
    const board = await this.board.villageBoard(villageCode);
    if (!board) return this.missing(response);
    const values = { name: text(body.name), phone: text(body.phone), idNumber: text(body.idNumber).toUpperCase(), riskType: text(body.riskType), details: text(body.details) };
    const submissionKey = UUID.test(text(body.submissionKey)) ? text(body.submissionKey) : randomUUID();
    const errors = this.reports.problems(values);
    if (errors.length > 0) {
      response.status(400);
      return reportFormPage({ villageCode: board.villageCode, village: board.village, submissionKey, values, errors });
    }
    const report = await this.reports.submit(board.villageCode, values, submissionKey);
    return reportReceivedPage(board.villageCode, report.publicNumber);
  }

  @Get(':villageCode/objection')
  @SkipThrottle()
  @Header('content-type', 'text/html; charset=utf-8')
  async objectionForm(@Param('villageCode') villageCode: string, @Query('case') caseId: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const form = await this.formFor(villageCode, text(caseId));
    return form ? objectionFormPage({ ...form, submissionKey: randomUUID() }) : this.missing(response);
  }

  @Post(':villageCode/objection')
  @Throttle(OBJECTION_LIMIT)
  @Header('content-type', 'text/html; charset=utf-8')
  async fileObjection(
    @Param('villageCode') villageCode: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request & { id?: string },
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const values = { name: text(body.name), phone: text(body.phone), reason: text(body.reason) };
    const submissionKey = UUID.test(text(body.submissionKey)) ? text(body.submissionKey) : randomUUID();
    const form = await this.formFor(villageCode, text(body.caseId));
    if (!form) return this.missing(response);
    const errors = [];
    if (!form.anonymousAllowed && !values.name) errors.push({ field: 'name', reason: '请填写姓名 (本县不受理匿名异议)' });
    if (values.name.length > 50) errors.push({ field: 'name', reason: '姓名过长' });
    if (!PHONE_NUMBER.test(values.phone)) errors.push({ field: 'phone', reason: PHONE_NUMBER_REASON });
    if (!values.reason || values.reason.length > 2000) errors.push({ field: 'reason', reason: '请填写异议内容 (2000 字以内)' });
    if (!form.objectable) errors.push({ field: 'form', reason: '该户已不在公示期内，不能在网上提出异议' });
    if (errors.length > 0) {
      response.status(400);
      return objectionFormPage({ ...form, submissionKey, values, errors });
    }
    try {
      const { objection } = await this.publicity.recordObjection(
        residentActor(request.id ?? ''),
        form.caseId,
        { kind: 'objection', objectorName: values.name || undefined, objectorContact: values.phone, reason: values.reason },
        submissionKey,
      );
      this.board.forget(villageCode);
      return objectionReceivedPage(villageCode, objection.publicNumber);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.status(409);
      return objectionFormPage({ ...form, submissionKey, values, errors: [{ field: 'form', reason: error.message }] });
    }
  }

  /** The form's facts: the case must be listed on this village's board. */
  private async formFor(villageCode: string, caseId: string) {
    if (!UUID.test(caseId)) return null;
    const board = await this.board.villageBoard(villageCode);
    const row = board?.notices.flatMap((notice) => notice.rows).find((candidate) => candidate.caseId === caseId);
    if (!board || !row) return null;
    return { villageCode, village: board.village, caseId, head: row.head, anonymousAllowed: board.anonymousObjections, objectable: row.objectable };
  }

  private missing(response: Response): string {
    response.status(404);
    return notFoundPage();
  }
}
