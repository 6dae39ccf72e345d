import { applyDecorators, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { invalidFields } from '../common/domain-error';
import { uuidParam } from '../common/param.pipes';
import { ImportJobList, ImportJobView } from './import-job.view';
import { ImportsService } from './imports.service';
import { rosterTemplate } from './roster-template';

import { sendXlsx, XLSX } from '../exports/xlsx-download';
import { ALERT_TYPE_INFO, ALERT_TYPES } from '../../workflows/risk-lead/risk-alerts';
import { FEEDBACK_HEADINGS } from './risk-alert-feedback';
import { DepartmentFileQuery } from './dto/department-file.query';

/** A department's file upload: who may send one, that it is answered at once (the worker imports it), what its body is. */
function DepartmentFileUpload(summary: string, description: string): MethodDecorator {
  return applyDecorators(
    Roles('village', 'township', 'county'),
    HttpCode(202),
    ApiOperation({ summary, description }),
    ApiConsumes(XLSX, 'text/csv', 'application/octet-stream'),
    ApiBody({ schema: { type: 'string', format: 'binary' } }),
    ApiAcceptedResponse({ type: ImportJobView }),
  );
}

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('rosters')
  @Roles('village', 'township', 'county')
  @HttpCode(202)
  @ApiOperation({
    summary: '上传农户花名册 (.xlsx 或 .csv，请求体即文件内容)，由后台逐行导入；返回导入任务，用 GET /imports/{id} 查看进度',
    description: '每人一行，按户编号分户；一户中任何一行有误则整户不导入，其余照常导入，错误报告列出原因。已登记在本村的身份证号码按文件更新该户信息；同一文件再次导入不会重复登记。',
  })
  @ApiQuery({ name: 'villageId', description: '导入到的村 (须在本账号管辖范围内)' })
  @ApiQuery({ name: 'fileName', description: '文件名，以 .xlsx 或 .csv 结尾', example: '青山村花名册.xlsx' })
  @ApiConsumes(XLSX, 'text/csv', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({ type: ImportJobView })
  uploadRoster(@CurrentActor() actor: Actor, @Query('villageId', uuidParam('villageId')) villageId: string, @Query('fileName') fileName: string | undefined, @Req() request: Request): Promise<ImportJobView> {
    if (!fileName) throw invalidFields([{ field: 'fileName', reason: '必填' }]);
    return this.imports.uploadRoster(actor, villageId, fileName, request);
  }

  @Post('department-files')
  @DepartmentFileUpload(
    '上传部门比对数据 (车辆、不动产、工商登记、财政供养；.xlsx 或 .csv，请求体即文件内容)，按身份证号码附到本区划在办识别案件，作为入户核实须确认或排除的线索',
    '每行: 身份证号码、比对类别 (车辆、不动产、工商登记、财政供养)，可选姓名、数据来源、说明。线索不是结论：由入户核实确认或排除。同一文件再次导入不会重复附加。',
  )
  uploadDepartmentFile(@CurrentActor() actor: Actor, @Query() query: DepartmentFileQuery, @Req() request: Request): Promise<ImportJobView> {
    return this.imports.uploadDepartmentFile(actor, 'department', query, request);
  }

  @Post('risk-alerts')
  @DepartmentFileUpload(
    '上传部门筛查预警 (医保、民政、残联、教育、应急、人社；.xlsx 或 .csv，请求体即文件内容)，按身份证号码匹配本区划农户成员，按本县规则生成风险线索',
    '每行: 身份证号码、预警类型、日期，可选姓名、金额 (元)、说明。预警类型: ' +
      ALERT_TYPES.map((type) => `${ALERT_TYPE_INFO[type].label} (${ALERT_TYPE_INFO[type].department})`).join('、') +
      '。各类预警按本县政策 (monitoring.alertRules) 一律生成线索，或金额、占家庭年收入比例达到阈值才生成。每户只有一条在办线索: 已有在办线索的户并入该线索；同一预警 (同人、同类、同日) 再次导入并入原线索。逐行结果见反馈表 (GET /imports/{id}/feedback)。',
  )
  uploadAlertFile(@CurrentActor() actor: Actor, @Query() query: DepartmentFileQuery, @Req() request: Request): Promise<ImportJobView> {
    return this.imports.uploadDepartmentFile(actor, 'risk_alert', query, request);
  }

  @Get('templates/roster')
  @ApiOperation({ summary: '花名册模板 (.xlsx)：表头、一户示例和填写说明' })
  @ApiProduces(XLSX)
  async template(@Res() response: Response): Promise<void> {
    response.type(XLSX).attachment('农户花名册模板.xlsx').send(await rosterTemplate());
  }

  @Get()
  @ApiOperation({ summary: '本辖区最近的导入任务 (新的在前)' })
  @ApiOkResponse({ type: ImportJobList })
  async list(@CurrentActor() actor: Actor): Promise<ImportJobList> {
    return { items: await this.imports.list(actor) };
  }

  @Get(':id')
  @ApiOperation({ summary: '导入任务的状态与进度 (已读行数、已登记、已更新、未导入的农户)' })
  @ApiOkResponse({ type: ImportJobView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<ImportJobView> {
    return this.imports.get(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: '取消导入：处理完当前一批后停止；已导入的农户保留 (可再次导入同一文件补齐)' })
  @ApiOkResponse({ type: ImportJobView })
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<ImportJobView> {
    return this.imports.cancel(actor, id);
  }

  @Get(':id/feedback')
  @ApiOperation({ summary: '筛查预警反馈表 (.xlsx)：文件逐行的匹配农户、处理结果 (生成线索、并入线索、未达阈值、未匹配、有误)，以及线索与纳入监测的办理情况 (下载时的状态)' })
  @ApiProduces(XLSX)
  async feedback(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Res() response: Response): Promise<void> {
    const { fileName, rows } = await this.imports.feedback(actor, id);
    await sendXlsx(response, fileName, [{ name: '反馈', headings: FEEDBACK_HEADINGS, rows }]);
  }

  @Get(':id/report')
  @ApiOperation({ summary: '错误报告 (.xlsx)：未导入的行 (原样) 及错误原因' })
  @ApiProduces(XLSX)
  async report(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Res() response: Response): Promise<void> {
    const { fileName, stream } = await this.imports.report(actor, id);
    response.type(XLSX).attachment(fileName);
    await pipeline(stream, response);
  }
}
