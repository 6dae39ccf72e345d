import type { DeadLetter } from './webhook.view';
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { notFound } from '../common/domain-error';
import { enclosingCode } from '../regions/region-code.util';
import type { RegisterWebhookDto } from './dto/register-webhook.dto';
import { WebhookEntity } from './webhook.entity';

/** A dead delivery: retried until it gave up. */
/** A county's webhooks, registered by its office: every notification on its cases is POSTed there, signed. */
@Injectable()
export class WebhooksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The county office's own county (its jurisdiction). */
  private countyCode(actor: Actor): string {
    return enclosingCode('county', actor.scopePrefix ?? '');
  }

  async register(actor: Actor, dto: RegisterWebhookDto): Promise<{ id: string; url: string; secret: string }> {
    const [county] = await this.dataSource.query<{ id: string; code: string }[]>(`SELECT id, code FROM region WHERE level = 'county' AND code = $1`, [this.countyCode(actor)]);
    if (!county) throw notFound('县级区划');
    const secret = randomBytes(32).toString('base64url');
    const saved = await this.dataSource.getRepository(WebhookEntity).save({ countyId: county.id, countyCode: county.code, url: dto.url, secret, createdBy: actor.accountId });
    return { id: saved.id, url: saved.url, secret };
  }

  list(actor: Actor): Promise<WebhookEntity[]> {
    return this.dataSource.getRepository(WebhookEntity).find({ where: { countyCode: this.countyCode(actor) }, order: { createdAt: 'ASC' } });
  }

  async deactivate(actor: Actor, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(WebhookEntity).update({ id, countyCode: this.countyCode(actor) }, { active: false });
    if (!result.affected) throw notFound('回调地址');
  }

  deadLetters(actor: Actor): Promise<DeadLetter[]> {
    return this.dataSource.query<DeadLetter[]>(
      `SELECT d.id, d.outbox_id AS "outboxId", d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", w.id AS "webhookId", w.url
         FROM notification_delivery d JOIN webhook w ON d.recipient_key = 'webhook:' || w.id
        WHERE d.status = 'dead' AND w.county_code = $1 ORDER BY d.created_at DESC LIMIT 500`,
      [this.countyCode(actor)],
    );
  }
}
