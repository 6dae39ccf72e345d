import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { insertMany } from '../database/insert-many';
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

/** One notification of a batch, rendered once. */
interface Notification {
  outboxId: string;
  payload: NotifyPayload;
  input: TemplateInput;
  message: RenderedNotification;
}

/** A delivery to claim: one (notification, channel, recipient). */
interface Claim {
  outboxId: string;
  channel: NotificationDeliveryEntity['channel'];
  recipientKey: string;
  status: 'sent' | 'sending';
  /** The staff account an inbox delivery is for, the phone a text goes to, the webhook a post goes to. */
  target: string;
}

/**
 * Turns outbox notifications into deliveries, many at a time (issue 18, notifications in bulk):
 * staff inboxes of the office each is for, an SMS to the applicant, objector or a lead's reporter,
 * and the county's webhooks. The recipients of a whole batch are read with one query per
 * channel, and every (notification, channel, recipient) is claimed by a unique row in one insert
 * before anything is sent, so a job that runs twice sends nothing twice.
 */
@Injectable()
export class NotificationDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.webhooks) private readonly webhooks: Queue,
    private readonly sms: SmsProvider,
    private readonly settings: Settings,
  ) {}

  async deliverMany(outboxIds: readonly string[]): Promise<void> {
    const rows = await this.dataSource.query<{ id: string; payload: NotifyPayload }[]>(`SELECT id, payload FROM outbox WHERE id = ANY($1::bigint[]) AND kind = 'notify' ORDER BY id`, [outboxIds]);
    if (rows.length === 0) return;
    const notifications = rows.map(({ id, payload: stored }): Notification => {
      // A payload missing its data still yields a (generic) message rather than a failing job retried forever.
      const payload = { ...stored, data: stored.data ?? {} };
      const input: TemplateInput = { template: payload.template, caseNumber: payload.caseNumber, procedure: payload.procedure ?? 'identification', data: payload.data };
      return { outboxId: id, payload, input, message: renderNotification(input) };
    });
    const byId = new Map(notifications.map((notification) => [notification.outboxId, notification]));
    const wanted = [...(await this.inboxClaims(notifications)), ...(await this.phoneClaims(notifications)), ...(await this.webhookClaims(notifications))];
    const claimed = await this.claimAll(wanted, byId);
    await this.sendTexts(claimed.filter((claim) => claim.channel === 'sms'), byId);
    await this.queueWebhooks(wanted.filter((claim) => claim.channel === 'webhook'), claimed, byId);
    // Done is a delivery, not a job enqueued: until now the reconciler puts a lost job back.
    await this.dataSource.query('UPDATE outbox SET delivered_at = now() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
  }

  /** The staff of the office each notification is for: one query for every office of the batch. */
  private async inboxClaims(notifications: Notification[]): Promise<Claim[]> {
    const offices = notifications.flatMap((notification) => {
      const code = OFFICE_CODE[notification.payload.recipient]?.(notification.payload.villageCode);
      return code ? [{ notification, role: notification.payload.recipient, code }] : [];
    });
    if (offices.length === 0) return [];
    const accounts = await this.dataSource.query<{ id: string; role: string; code: string }[]>(
      `SELECT a.id, a.role, r.code FROM staff_account a JOIN region r ON r.id = a.region_id
        WHERE (a.role::text, r.code) IN (SELECT * FROM unnest($1::text[], $2::text[])) AND r.level <> 'group' AND NOT a.disabled AND a.deleted_at IS NULL`,
      [offices.map((office) => office.role), offices.map((office) => office.code)],
    );
    return offices.flatMap(({ notification, role, code }) =>
      accounts
        .filter((account) => account.role === role && account.code === code)
        .map((account) => ({ outboxId: notification.outboxId, channel: 'inbox' as const, recipientKey: `account:${account.id}`, status: 'sent' as const, target: account.id })),
    );
  }

  /**
   * Texts to the applicant (the household head's phone), an objector (the contact stays with
   * the objection, out of the journal and the outbox) or a lead's reporter (a phone left with
   * the report, if they wished to hear back): one query for the batch.
   */
  private async phoneClaims(notifications: Notification[]): Promise<Claim[]> {
    const asked = notifications.flatMap(({ outboxId, payload }) => {
      if (payload.recipient === 'applicant') return [{ outboxId, kind: 'applicant', ref: payload.householdId ?? '', recipientKey: `household:${payload.householdId}` }];
      if (payload.recipient === 'objector') return [{ outboxId, kind: 'objector', ref: String(payload.data.objectionId), recipientKey: `objection:${String(payload.data.objectionId)}` }];
      if (payload.recipient === 'reporter') return [{ outboxId, kind: 'reporter', ref: payload.caseId ?? '', recipientKey: `reporter:${payload.caseId}` }];
      return [];
    });
    if (asked.length === 0) return [];
    const phones = await this.dataSource.query<{ kind: string; ref: string; phone: string | null }[]>(
      `SELECT q.kind, q.ref, CASE q.kind
                WHEN 'applicant' THEN (SELECT m.phone FROM household_member m WHERE m.household_id = q.ref::uuid AND m.relation = 'head')
                WHEN 'objector' THEN (SELECT o.objector_contact FROM objection o WHERE o.id = q.ref::uuid)
                ELSE (SELECT c.application -> 'reporter' ->> 'phone' FROM procedure_case c WHERE c.id = q.ref::uuid) END AS phone
         FROM (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS q(kind, ref) WHERE ref ~ '^[0-9a-f-]{36}$') q`,
      [asked.map((item) => item.kind), asked.map((item) => item.ref)],
    );
    const phoneOf = new Map(phones.map((row) => [`${row.kind}:${row.ref}`, row.phone]));
    return asked.flatMap(({ outboxId, kind, ref, recipientKey }) => {
      const phone = phoneOf.get(`${kind}:${ref}`);
      return phone && MOBILE.test(phone) ? [{ outboxId, channel: 'sms' as const, recipientKey, status: 'sending' as const, target: phone }] : [];
    });
  }

  /** The active webhooks of each notification's county: one query for the batch. */
  private async webhookClaims(notifications: Notification[]): Promise<Claim[]> {
    const counties = [...new Set(notifications.map((notification) => enclosingCode('county', notification.payload.villageCode)))];
    const hooks = await this.dataSource.query<{ id: string; county_code: string }[]>('SELECT id, county_code FROM webhook WHERE active AND county_code = ANY($1::text[])', [counties]);
    return notifications.flatMap(({ outboxId, payload }) =>
      hooks
        .filter((hook) => hook.county_code === enclosingCode('county', payload.villageCode))
        .map((hook) => ({ outboxId, channel: 'webhook' as const, recipientKey: `webhook:${hook.id}`, status: 'sending' as const, target: hook.id })),
    );
  }

  /**
   * Claims every delivery in one insert, and writes the inbox rows of those claimed now in the
   * same transaction; answers the claims made now with their delivery ids (one claimed by an
   * earlier run of the job is not answered).
   */
  private async claimAll(claims: Claim[], byId: Map<string, Notification>): Promise<(Claim & { deliveryId: string })[]> {
    if (claims.length === 0) return [];
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.query<{ id: string; outbox_id: string; channel: string; recipient_key: string }[]>(
        `INSERT INTO notification_delivery (outbox_id, channel, recipient_key, status, attempts, delivered_at)
         SELECT o, c, k, s::delivery_status, CASE WHEN s = 'sent' THEN 1 ELSE 0 END, CASE WHEN s = 'sent' THEN now() END
           FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS v(o, c, k, s)
         ON CONFLICT DO NOTHING RETURNING id, outbox_id, channel, recipient_key`,
        [claims.map((claim) => claim.outboxId), claims.map((claim) => claim.channel), claims.map((claim) => claim.recipientKey), claims.map((claim) => claim.status)],
      );
      const idOf = new Map(rows.map((row) => [`${row.outbox_id}|${row.channel}|${row.recipient_key}`, row.id]));
      const claimed = claims.flatMap((claim) => {
        const deliveryId = idOf.get(`${claim.outboxId}|${claim.channel}|${claim.recipientKey}`);
        return deliveryId ? [{ ...claim, deliveryId }] : [];
      });
      const inbox = claimed.filter((claim) => claim.channel === 'inbox');
      await insertMany(
        tx,
        StaffNotificationEntity,
        ['accountId', 'outboxId', 'caseId', 'template', 'title', 'body'],
        inbox.map((claim) => {
          const { payload, message } = byId.get(claim.outboxId) as Notification;
          return { accountId: claim.target, outboxId: claim.outboxId, caseId: payload.caseId, template: payload.template, ...message };
        }),
      );
      return claimed;
    });
  }

  /** At most once: each text claimed now is sent; a failure is recorded, not retried. */
  private async sendTexts(texts: (Claim & { deliveryId: string })[], byId: Map<string, Notification>): Promise<void> {
    if (texts.length === 0) return;
    const outcomes: { id: string; error: string | null }[] = [];
    for (const text of texts) {
      const { input, message } = byId.get(text.outboxId) as Notification;
      try {
        await this.sms.send({ phone: text.target, template: input.template, params: smsParams(input), text: `${message.title}: ${message.body}` });
        outcomes.push({ id: text.deliveryId, error: null });
      } catch (error) {
        outcomes.push({ id: text.deliveryId, error: (error as Error).message });
      }
    }
    await this.dataSource.query(
      `UPDATE notification_delivery d SET status = CASE WHEN v.error IS NULL THEN 'sent' ELSE 'failed' END::delivery_status, attempts = 1,
              delivered_at = CASE WHEN v.error IS NULL THEN now() END, last_error = v.error
         FROM unnest($1::uuid[], $2::text[]) AS v(id, error) WHERE d.id = v.id`,
      [outcomes.map((outcome) => outcome.id), outcomes.map((outcome) => outcome.error)],
    );
  }

  /**
   * A job per webhook delivery, added together. One claimed before (a job run again) and still
   * sending may have lost its job with Redis: adding it again under the same id is a no-op while
   * it exists.
   */
  private async queueWebhooks(wanted: Claim[], claimedNow: (Claim & { deliveryId: string })[], byId: Map<string, Notification>): Promise<void> {
    if (wanted.length === 0) return;
    const now = new Set(claimedNow.map((claim) => `${claim.outboxId}|${claim.recipientKey}`));
    const before = wanted.filter((claim) => !now.has(`${claim.outboxId}|${claim.recipientKey}`));
    const stillSending =
      before.length === 0
        ? []
        : await this.dataSource.query<{ id: string; outbox_id: string; recipient_key: string }[]>(
            `SELECT id, outbox_id, recipient_key FROM notification_delivery WHERE channel = 'webhook' AND status = 'sending' AND outbox_id = ANY($1::bigint[])`,
            [[...new Set(before.map((claim) => claim.outboxId))]],
          );
    const resent = before.flatMap((claim) => {
      const row = stillSending.find((candidate) => candidate.outbox_id === claim.outboxId && candidate.recipient_key === claim.recipientKey);
      return row ? [{ ...claim, deliveryId: row.id }] : [];
    });
    const jobs = [...claimedNow.filter((claim) => claim.channel === 'webhook'), ...resent].map((claim) => {
      const { payload, message } = byId.get(claim.outboxId) as Notification;
      const body = JSON.stringify({
        deliveryId: claim.deliveryId,
        template: payload.template,
        recipient: payload.recipient,
        ...message,
        caseId: payload.caseId,
        caseNumber: payload.caseNumber,
        villageCode: payload.villageCode,
        data: payload.data,
      });
      const job: WebhookJob = { deliveryId: claim.deliveryId, webhookId: claim.target, body };
      return {
        name: JOB.deliverWebhook,
        data: job,
        opts: { jobId: jobId.webhook(claim.deliveryId), attempts: this.settings.webhookAttempts, backoff: { type: 'exponential', delay: this.settings.webhookBackoffMs }, ...KEEP_JOBS },
      };
    });
    if (jobs.length > 0) await this.webhooks.addBulk(jobs);
  }
}
