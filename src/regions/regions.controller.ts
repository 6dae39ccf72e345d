import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { regionCodeParam, uuidParam } from '../common/param.pipes';
import type { Request } from 'express';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { invalidFields } from '../common/domain-error';
import { validationProblems } from '../common/validation';
import { CreateRegionDto, RenameRegionDto } from './dto/create-region.dto';
import { ImportRegionsDto } from './dto/import-regions.dto';
import { planFromCsv, planFromTree } from './region-import';
import { ImportResult, RegionList, RegionTreeNode, RegionView } from './region.view';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: '区划列表：按统计用区划代码 (code)，或某区划的下级 (parentId)；都不带时返回本账号的管辖区划。返回 items 与 total' })
  @ApiQuery({ name: 'parentId', required: false, description: '上级区划' })
  @ApiQuery({ name: 'code', required: false, description: '12 位统计用区划代码 (村级代码同时返回其村民小组)', example: '450123100201' })
  @ApiOkResponse({ type: RegionList })
  list(
    @CurrentActor() actor: Actor,
    @Query('parentId', uuidParam('parentId', true)) parentId?: string,
    @Query('code', regionCodeParam('code', true)) code?: string,
  ): Promise<RegionList> {
    return this.regions.list(actor, { parentId, code });
  }

  @Get(':id/tree')
  @ApiOperation({ summary: '区划及其全部下级 (嵌套)，如一个县直到村民小组：区划选择器所需' })
  @ApiOkResponse({ type: RegionTreeNode })
  tree(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<RegionTreeNode> {
    return this.regions.tree(actor, id);
  }

  @Get(':id')
  @ApiOperation({ summary: '区划及其下级' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<RegionView & { children: RegionView[] }> {
    return this.regions.get(actor, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '新建区划 (县、乡镇、村、村民小组)' })
  @ApiCreatedResponse({ type: RegionView })
  create(@Body() dto: CreateRegionDto): Promise<RegionView> {
    return this.regions.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: '修改区划名称' })
  @ApiOkResponse({ type: RegionView })
  rename(@Param('id', uuidParam('id')) id: string, @Body() dto: RenameRegionDto): Promise<RegionView> {
    return this.regions.rename(id, dto.name);
  }

  @Post('import')
  @Roles('admin')
  @ApiOperation({
    summary: '导入区划树 (JSON 树，或 text/csv: code,name,group_number)；已有代码只更新名称；有任何错误则全部不导入',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiCreatedResponse({ type: ImportResult })
  @ApiBody({ type: ImportRegionsDto })
  import(@Req() request: Request): Promise<ImportResult> {
    return this.regions.import(request.is('text/csv') ? planFromCsv(String(request.body)) : planFromTree(this.parseTree(request.body)));
  }

  /** The body is read raw (it may be CSV), so the JSON form is validated here. */
  private parseTree(body: unknown): ImportRegionsDto['regions'] {
    const dto = plainToInstance(ImportRegionsDto, body ?? {});
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw invalidFields(validationProblems(errors));
    return dto.regions;
  }
}
