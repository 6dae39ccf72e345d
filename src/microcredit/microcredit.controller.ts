import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { sendXlsx, XLSX } from '../exports/xlsx-download';
import { CertifyMicrocreditDto, ListMicrocreditQuery, RevokeMicrocreditDto } from './dto/microcredit.dto';
import { BANK_LIST_HEADINGS, MicrocreditService } from './microcredit.service';
import { MicrocreditCertificationView, MicrocreditEligibilityView, MicrocreditList } from './microcredit.view';

@ApiTags('microcredit')
@ApiBearerAuth()
@Controller()
export class MicrocreditController {
  constructor(private readonly microcredit: MicrocreditService) {}

  @Get('households/:id/microcredit')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '该户能否认定为帮扶小额信贷对象 (按本县规则)：不符合的理由、可作借款人的成员、现有的有效认定' })
  @ApiOkResponse({ type: MicrocreditEligibilityView })
  eligibility(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<MicrocreditEligibilityView> {
    return this.microcredit.eligibility(actor, id);
  }

  @Post('households/:id/microcredit')
  @Roles('county')
  @ApiOperation({ summary: '县级认定帮扶小额信贷对象：借款人、额度、用途；不符合本县规则的逐项说明理由。认定记入农户变更记录' })
  @ApiCreatedResponse({ type: MicrocreditCertificationView })
  certify(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CertifyMicrocreditDto): Promise<MicrocreditCertificationView> {
    return this.microcredit.certify(actor, id, dto);
  }

  @Post('microcredit/certifications/:id/revoke')
  @HttpCode(200)
  @Roles('county')
  @ApiOperation({ summary: '撤销认定 (写明理由，记入农户变更记录)' })
  @ApiOkResponse({ type: MicrocreditCertificationView })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: RevokeMicrocreditDto): Promise<MicrocreditCertificationView> {
    return this.microcredit.revoke(actor, id, dto);
  }

  @Get('microcredit/certifications')
  @Roles('village', 'township', 'county')
  @ApiOperation({ summary: '本辖区的小额信贷认定 (按村)，valid=true 只列出今天仍有效的' })
  @ApiOkResponse({ type: MicrocreditList })
  async list(@CurrentActor() actor: Actor, @Query() query: ListMicrocreditQuery): Promise<MicrocreditList> {
    return { items: await this.microcredit.list(actor, query) };
  }

  @Get('microcredit/certifications/bank-list')
  @Roles('township', 'county')
  @ApiOperation({ summary: '交银行的认定名单 (.xlsx)：今天仍有效的认定，含借款人身份证号码' })
  @ApiProduces(XLSX)
  async bankList(@CurrentActor() actor: Actor, @Query() query: ListMicrocreditQuery, @Res() response: Response): Promise<void> {
    await sendXlsx(response, this.microcredit.bankListFileName(), [{ name: '认定名单', headings: BANK_LIST_HEADINGS, rows: this.microcredit.bankRows(actor, query) }]);
  }
}
