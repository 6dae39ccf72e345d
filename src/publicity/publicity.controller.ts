import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { originOf } from '../risk-leads/report-qr';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DryRunQuery } from '../cases/dry-run.middleware';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CaseView } from '../cases/case.view';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { CancelNoticeDto, EndNoticesDto, FileObjectionDto, ObjectionFindingDto, OpenNoticeDto } from './dto/open-notice.dto';
import { PublicityService, type NoticesOutcome } from './publicity.service';
import { NoticeListItem, NoticeOutcome, NoticeView } from './notice.view';
import { ListNoticesQuery, ListObjectionsQuery } from './dto/list-publicity.query';
import { PublicityListsService, type ObjectionListItem } from './publicity-lists.service';
import { ApiPage, type Page } from '../common/pagination';

@ApiTags('publicity')
@ApiBearerAuth()
@Roles('village', 'township', 'county')
@Controller()
export class PublicityController {
  constructor(
    private readonly publicity: PublicityService,
    private readonly lists: PublicityListsService,
  ) {}

  @Get('publicity-notices')
  @ApiOperation({ summary: '公示列表 (新的在前)：按区划、程序、阶段、状态 (公示中/已期满/已撤销)、截止日期筛选，返回 items、total 与 nextCursor' })
  @ApiPage(NoticeListItem)
  notices(@CurrentActor() actor: Actor, @Query() query: ListNoticesQuery): Promise<Page<NoticeListItem>> {
    return this.lists.notices(actor, query);
  }

  @Get('objections')
  @ApiOperation({ summary: '异议与复核申请列表 (新的在前)：按状态、类别、公示、案件、区划筛选' })
  objections(@CurrentActor() actor: Actor, @Query() query: ListObjectionsQuery): Promise<Page<ObjectionListItem>> {
    return this.lists.objections(actor, query);
  }

  @Post('publicity-notices')
  @DryRunQuery()
  @ApiOperation({ summary: '发布公示 (一村、一个阶段、多户、一个公示期)；任何一户不符合则全部不发布' })
  @ApiCreatedResponse({ type: NoticeOutcome })
  open(@CurrentActor() actor: Actor, @Body() dto: OpenNoticeDto): Promise<NoticeOutcome> {
    return this.publicity.open(actor, dto);
  }

  @Get('publicity-notices/:id')
  @ApiOperation({ summary: '公示详情' })
  @ApiOkResponse({ type: NoticeView })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<NoticeView> {
    return this.publicity.get(actor, id);
  }

  @Get('publicity-notices/:id/pdf')
  @ApiOperation({ summary: '打印公示 (PDF，A4，中文)；户主姓名按本县政策显示全名或遮蔽' })
  @ApiProduces('application/pdf')
  async pdf(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { fileName, pdf } = await this.publicity.printable(actor, id, originOf(request));
    response.setHeader('content-type', 'application/pdf');
    response.setHeader('content-disposition', `inline; filename="${fileName}"`);
    response.send(pdf);
  }

  @Post('publicity-notices/end')
  @DryRunQuery()
  @HttpCode(200)
  @ApiOperation({ summary: '多个公示一并办理期满：逐个办理，未到期的返回该项的错误及序号，不影响其他' })
  endMany(@CurrentActor() actor: Actor, @Body() dto: EndNoticesDto): Promise<NoticesOutcome> {
    return this.publicity.endMany(actor, dto.noticeIds);
  }

  @Post('publicity-notices/:id/end')
  @DryRunQuery()
  @HttpCode(200)
  @ApiOperation({ summary: '公示期满：无未处理异议的案件进入下一阶段 (期满前调用将被拒绝；重复调用无副作用)' })
  end(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<NoticeOutcome> {
    return this.publicity.end(actor, id);
  }

  @Post('publicity-notices/:id/cancel')
  @DryRunQuery()
  @HttpCode(200)
  @ApiOperation({ summary: '撤销公示 (唯一的提前结束方式)：案件退回待公示，理由记入办理日志' })
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: CancelNoticeDto): Promise<NoticeOutcome> {
    return this.publicity.cancel(actor, id, dto.reason);
  }

  @Post('cases/:id/objections')
  @DryRunQuery()
  @ApiOperation({ summary: '登记公示期间的异议或复核申请' })
  fileObjection(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: FileObjectionDto): Promise<CaseView> {
    return this.publicity.fileObjection(actor, id, dto);
  }

  @Post('objections/:id/finding')
  @DryRunQuery()
  @ApiOperation({ summary: '记录异议调查结论或复核答复' })
  resolve(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string, @Body() dto: ObjectionFindingDto): Promise<CaseView> {
    return this.publicity.resolveObjection(actor, id, dto);
  }
}
