import { randomBytes } from 'node:crypto';
import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { notFound } from '../common/domain-error';
import { uuidParam } from '../common/param.pipes';
import { RegisterWebhookDto } from './dto/register-webhook.dto';
import { WebhookEntity } from './webhook.entity';

/** A county's webhooks: every notification on its cases is POSTed there, signed. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('county')
@Controller('webhooks')
export class WebhooksController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Post()
  @ApiOperation({ summary: '登记回调地址；返回的 secret 仅显示这一次，用于校验 X-Jingzhun-Signature' })
  async register(@CurrentActor() actor: Actor, @Body() dto: RegisterWebhookDto): Promise<{ id: string; url: string; secret: string }> {
    const [county] = await this.dataSource.query<{ id: string; code: string }[]>(`SELECT id, code FROM region WHERE level = 'county' AND code = $1`, [`${actor.scopePrefix ?? ''}000000`]);
    if (!county) throw notFound('县级区划');
    const secret = randomBytes(32).toString('base64url');
    const saved = await this.dataSource.getRepository(WebhookEntity).save({ countyId: county.id, countyCode: county.code.slice(0, 6), url: dto.url, secret, createdBy: actor.accountId });
    return { id: saved.id, url: saved.url, secret };
  }

  @Get()
  @ApiOperation({ summary: '本县的回调地址' })
  list(@CurrentActor() actor: Actor): Promise<WebhookEntity[]> {
    return this.dataSource.getRepository(WebhookEntity).find({ where: { countyCode: actor.scopePrefix ?? '' }, order: { createdAt: 'ASC' } });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '停用回调地址' })
  async deactivate(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<void> {
    const result = await this.dataSource.getRepository(WebhookEntity).update({ id, countyCode: actor.scopePrefix ?? '' }, { active: false });
    if (!result.affected) throw notFound('回调地址');
  }

  @Get('dead-letters')
  @ApiOperation({ summary: '多次重试仍失败的回调 (死信)' })
  deadLetters(@CurrentActor() actor: Actor): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT d.id, d.outbox_id AS "outboxId", d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", w.id AS "webhookId", w.url
         FROM notification_delivery d JOIN webhook w ON d.recipient_key = 'webhook:' || w.id
        WHERE d.status = 'dead' AND w.county_code = $1 ORDER BY d.created_at DESC LIMIT 500`,
      [actor.scopePrefix ?? ''],
    );
  }
}
