import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { intParam } from '../common/param.pipes';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource, IsNull } from 'typeorm';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../common/actor';
import { BooleanQuery } from '../common/boolean-query';
import { notFound } from '../common/domain-error';
import { decodeCursor, encodeCursor, PageQuery } from '../common/pagination';
import { StaffNotificationEntity } from './staff-notification.entity';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: '只看未读' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  unreadOnly?: boolean;
}

class InboxItem {
  @ApiProperty({ description: '通知编号' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId!: string | null;
  @ApiProperty({ example: 'review_due' }) template!: string;
  @ApiProperty({ example: '待审核' }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '读过的时间；未读为 null' }) readAt!: Date | null;
}

class InboxPage {
  @ApiProperty({ type: [InboxItem] }) items!: InboxItem[];
  @ApiProperty({ description: '符合筛选条件的总数' }) total!: number;
  @ApiProperty({ type: String, nullable: true, description: '传回 cursor 取下一页，末页为 null' }) nextCursor!: string | null;
  @ApiProperty({ description: '未读条数 (不论筛选)' }) unread!: number;
}

/** A staff member's in-app notifications, newest first. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class InboxController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: '我的站内通知 (新的在前)' })
  @ApiOkResponse({ type: InboxPage })
  async list(@CurrentActor() actor: Actor, @Query() query: InboxQuery): Promise<InboxPage> {
    const limit = query.limit ?? 50;
    const builder = this.dataSource
      .getRepository(StaffNotificationEntity)
      .createQueryBuilder('n')
      .select(['n.id', 'n.caseId', 'n.template', 'n.title', 'n.body', 'n.createdAt', 'n.readAt'])
      .where('n.accountId = :account', { account: actor.accountId })
      .orderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (query.unreadOnly) builder.andWhere('n.readAt IS NULL');
    const total = await builder.clone().getCount();
    if (query.cursor) builder.andWhere('n.id < :before', { before: decodeCursor(query.cursor, 1)[0] });
    const rows = await builder.getMany();
    const items = rows.slice(0, limit);
    const unread = await this.dataSource.getRepository(StaffNotificationEntity).count({ where: { accountId: actor.accountId, readAt: IsNull() } });
    const last = items[items.length - 1];
    return { items, unread, total, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: '标记为已读' })
  async read(@CurrentActor() actor: Actor, @Param('id', intParam('id')) id: number): Promise<void> {
    const result = await this.dataSource.getRepository(StaffNotificationEntity).update({ id: String(id), accountId: actor.accountId }, { readAt: new Date() });
    if (!result.affected) throw notFound('通知');
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: '全部标记为已读' })
  async readAll(@CurrentActor() actor: Actor): Promise<void> {
    await this.dataSource.query('UPDATE staff_notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL', [actor.accountId]);
  }
}
