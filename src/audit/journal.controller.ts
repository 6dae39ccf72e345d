import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import type { JournalReport } from './journal-verification';
import { JournalAnchorService, type CheckpointReport } from './journal-anchor.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/journal')
export class JournalController {
  constructor(private readonly anchors: JournalAnchorService) {}

  @Get('verify')
  @Roles('county', 'admin')
  @ApiOperation({ summary: '校验办理日志哈希链及库外签名检查点 (县级: 本县案件；管理员: 全部)，列出每个被篡改的案件及记录' })
  verify(@CurrentActor() actor: Actor): Promise<JournalReport> {
    return this.anchors.verify(actor.scopePrefix);
  }

  @Post('anchor')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: '立即写入一次库外签名检查点 (平时由后台按时写入)' })
  anchor(): Promise<CheckpointReport | null> {
    return this.anchors.checkpoint();
  }
}
