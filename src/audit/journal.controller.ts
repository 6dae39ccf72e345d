import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { verifyJournal, type JournalReport } from './journal-verification';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/journal')
export class JournalController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('verify')
  @Roles('county', 'admin')
  @ApiOperation({ summary: '校验办理日志哈希链 (县级: 本县案件；管理员: 全部)，报告第一处被篡改的记录' })
  verify(@CurrentActor() actor: Actor): Promise<JournalReport> {
    return verifyJournal(this.dataSource, actor.scopePrefix);
  }
}
