import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { renderDossierPdf } from './dossier-pdf';
import { DossiersService } from './dossiers.service';
import { Dossier } from './dossier.view';

@ApiTags('cases')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller('cases/:id/dossier')
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Get()
  @ApiOkResponse({ type: Dossier })
  @ApiOperation({ summary: '案件卷宗：农户概况、申请、每次评议及本户表决、每次核实及其事实、比对线索、公示及公示期、异议及结论、审核意见、时限、办理日志' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<Dossier> {
    return this.dossiers.dossier(actor, id);
  }

  @Get('pdf')
  @ApiOperation({ summary: '打印案件卷宗 (PDF，A4，中文)' })
  @ApiProduces('application/pdf')
  async pdf(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Res() response: Response): Promise<void> {
    const dossier = await this.dossiers.dossier(actor, id);
    const pdf = await renderDossierPdf(dossier, this.dossiers.printedAt());
    response.type('application/pdf').setHeader('Content-Disposition', `inline; filename="dossier-${dossier.case.caseNumber}.pdf"`).send(pdf);
  }
}
