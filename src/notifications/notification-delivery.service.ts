import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxEntity } from '../outbox/outbox.entity';
import { Settings } from '../config/settings';
import { JOB, jobId, QUEUE } from '../queues/queue-names';
import { KEEP_JOBS } from '../queues/job-options';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { SmsProvider } from './sms-provider';
import { StaffNotificationEntity } from './staff-notification.entity';
import { renderNotification, smsParams, type RenderedNotification, type TemplateInput } from './templates';
import { enclosingCode } from '../regions/region-code.util';

interface NotifyPayload {
  recipient: string;
  template: string;
  data: Record<string, unknown>;
  /** Null for what is no case yet (a resident's report waiting for its household). */
  caseId: string | null;
  /** The case's number, or the public number of what the notification is about. */
  caseNumber: string;
  /** Absent on notifications queued before procedures other than identification existed. */
  procedure?: string;
  householdId: string | null;
  villageCode: string;
}

/** The office's region code: a village's own, its township's, its county's. */
const OFFICE_CODE: Record<string, (villageCode: string) => string> = {
  village: (code) => code,
  township: (code) => enclosingCode('township', code),
  county: (code) => enclosingCode('county', code),
};

const MOBILE = /^1\d{10}$/;

export interface WebhookJob {
  deliveryId: string;
  webhookId: string;
  body: string;
}

/**
 * Turns one outbox notification into deliveries: staff inboxes of the office it is for, an
 * SMS to the applicant, objector or a lead's reporter, and the county's webhooks. Each (notification, channel,
 * recipient) is claimed by a unique row before anything is sent, so a job that runs twice
 * sends nothing twice.
 */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.webhooks) private readonly webhooks: Queue,
    private readonly sms: SmsProvider,
    private readonly settings: Settings,
  ) {}

  async deliver(outboxId: string): Promise<void> {
    const row = await this.dataSource.getRepository(OutboxEntity).findOneBy({ id: outboxId });
    if (!row || row.kind !== 'notify') return;
    const stored = row.payload as unknown as NotifyPayload;
    // A payload missing its data still yields a (generic) message rather than a failing job retried forever.
    const payload = { ...stored, data: stored.data ?? {} };
    const input: TemplateInput = { template: payload.template, caseNumber: payload.caseNumber, procedure: payload.procedure ?? 'identification', data: payload.data };
    const message = renderNotification(input);
    await this.toInboxes(outboxId, payload, message);
    await this.toPhone(outboxId, payload, input, message);
    await this.toWebhooks(outboxId, payload, message);
    // Done is a delivery, not a job enqueued: until now the reconciler puts a lost job back.
    await this.dataSource.getRepository(OutboxEntity).update(outboxId, { deliveredAt: new Date() });
  }

  private async toInboxes(outboxId: string, payload: NotifyPayload, message: RenderedNotification): Promise<void> {
    const officeCode = OFFICE_CODE[payload.recipient]?.(payload.villageCode);
    if (!officeCode) return;
    await this.dataSource.transaction(async (tx) => {
      const accounts = await tx.query<{ id: string }[]>(
        `SELECT a.id FROM staff_account a JOIN region r ON r.id = a.region_id
          WHERE a.role = $1 AND r.code = $2 AND r.level <> 'group' AND NOT a.disabled AND a.deleted_at IS NULL`,
        [payload.recipient, officeCode],
      );
      for (const account of accounts) {
        if (!(await this.claim(tx, outboxId, 'inbox', `account:${account.id}`, 'sent'))) continue;
        await tx.getRepository(StaffNotificationEntity).insert({ accountId: account.id, outboxId, caseId: payload.caseId, template: payload.template, ...message });
      }
    });
  }

  private async toPhone(outboxId: string, payload: NotifyPayload, input: TemplateInput, message: RenderedNotification): Promise<void> {
    let phone: string | null = null;
    let recipientKey = '';
    if (payload.recipient === 'applicant') {
      const [head] = await this.dataSource.query<{ phone: string | null }[]>(`SELECT phone FROM household_member WHERE household_id = $1 AND relation = 'head'`, [payload.householdId]);
      phone = head?.phone ?? null;
      recipientKey = `household:${payload.householdId}`;
    } else if (payload.recipient === 'objector') {
      // The contact stays with the objection, out of the journal and the outbox.
      const [objection] = await this.dataSource.query<{ contact: string | null }[]>(`SELECT objector_contact AS contact FROM objection WHERE id = $1`, [String(payload.data.objectionId)]);
      phone = objection?.contact ?? null;
      recipientKey = `objection:${String(payload.data.objectionId)}`;
    } else if (payload.recipient === 'reporter') {
      // Who reported a risk lead left a phone with it, if they wished to hear back.
      const [lead] = await this.dataSource.query<{ phone: string | null }[]>(`SELECT application -> 'reporter' ->> 'phone' AS phone FROM procedure_case WHERE id = $1`, [payload.caseId]);
      phone = lead?.phone ?? null;
      recipientKey = `reporter:${payload.caseId}`;
    }
    if (!phone || !MOBILE.test(phone)) return;
    const claimed = await this.dataSource.transaction((tx) => this.claim(tx, outboxId, 'sms', recipientKey, 'sending'));
    if (!claimed) return;
    try {
      await this.sms.send({ phone, template: payload.template, params: smsParams(input), text: `${message.title}: ${message.body}` });
      await this.dataSource.getRepository(NotificationDeliveryEntity).update(claimed, { status: 'sent', attempts: 1, deliveredAt: new Date() });
    } catch (error) {
      // At most once: a failed text is recorded, not retried.
      await this.dataSource.getRepository(NotificationDeliveryEntity).update(claimed, { status: 'failed', attempts: 1, lastError: (error as Error).message });
    }
  }

  private async toWebhooks(outboxId: string, payload: NotifyPayload, message: RenderedNotification): Promise<void> {
    const hooks = await this.dataSource.query<{ id: string }[]>('SELECT id FROM webhook WHERE active AND county_code = $1', [enclosingCode('county', payload.villageCode)]);
    for (const hook of hooks) {
      // Claimed before (a job run again): still sending means its job may be gone with Redis; adding it
      // again under the same id is a no-op while it exists.
      const deliveryId =
        (await this.dataSource.transaction((tx) => this.claim(tx, outboxId, 'webhook', `webhook:${hook.id}`, 'sending'))) ??
        (await this.dataSource.getRepository(NotificationDeliveryEntity).findOneBy({ outboxId, recipientKey: `webhook:${hook.id}`, channel: 'webhook', status: 'sending' }))?.id;
      if (!deliveryId) continue;
      const body = JSON.stringify({
        deliveryId,
        template: payload.template,
        recipient: payload.recipient,
        ...message,
        caseId: payload.caseId,
        caseNumber: payload.caseNumber,
        villageCode: payload.villageCode,
        data: payload.data,
      });
      const job: WebhookJob = { deliveryId, webhookId: hook.id, body };
      await this.webhooks.add(JOB.deliverWebhook, job, {
        jobId: jobId.webhook(deliveryId),
        attempts: this.settings.webhookAttempts,
        backoff: { type: 'exponential', delay: this.settings.webhookBackoffMs },
        ...KEEP_JOBS,
      });
    }
  }

  /** Claims one delivery; null when it was claimed before (a repeated job). */
  private async claim(tx: EntityManager, outboxId: string, channel: NotificationDeliveryEntity['channel'], recipientKey: string, status: 'sent' | 'sending'): Promise<string | null> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(NotificationDeliveryEntity)
      .values({ outboxId, channel, recipientKey, status, ...(status === 'sent' ? { attempts: 1, deliveredAt: new Date() } : {}) })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }
}
