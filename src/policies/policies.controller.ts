import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { CountyPolicyDto } from './dto/county-policy.dto';
import { PoliciesService, type PolicyVersion } from './policies.service';
import { PolicyVersionSummary, PolicyVersionView } from './policy-version.view';

@ApiTags('policies')
@ApiBearerAuth()
@Controller('counties/:countyId/policy')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @ApiOperation({ summary: '本县现行政策设置 (版本 0 为国家默认)' })
  @ApiOkResponse({ type: PolicyVersionView })
  current(@CurrentActor() actor: Actor, @Param('countyId', uuidParam('countyId')) countyId: string): Promise<PolicyVersion> {
    return this.policies.current(actor, countyId);
  }

  @Get('versions')
  @ApiOperation({ summary: '本县政策的各个版本 (新的在前)，及按各版本办理的案件数' })
  @ApiOkResponse({ type: [PolicyVersionSummary] })
  versions(@CurrentActor() actor: Actor, @Param('countyId', uuidParam('countyId')) countyId: string): Promise<PolicyVersionSummary[]> {
    return this.policies.versions(actor, countyId);
  }

  @Put()
  @Roles('county')
  @ApiOperation({ summary: '发布新版本政策设置；已开始的案件沿用其开始时的版本' })
  @ApiOkResponse({ type: PolicyVersionView })
  publish(@CurrentActor() actor: Actor, @Param('countyId', uuidParam('countyId')) countyId: string, @Body() dto: CountyPolicyDto): Promise<PolicyVersion> {
    return this.policies.publish(actor, countyId, dto);
  }
}
