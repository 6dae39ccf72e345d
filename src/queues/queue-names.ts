/**
 * Queue and job names are persisted in Redis with every waiting job: DO NOT RENAME them, or
 * jobs queued before a deploy are stranded. Add new names instead.
 */
export const QUEUE = {
  deadlines: 'deadlines',
  notifications: 'notifications',
  webhooks: 'webhooks',
  imports: 'imports',
} as const;

export const JOB = {
  fireDeadline: 'fire-deadline',
  /** One notification (jobs queued before notifications were delivered in bulk). */
  deliverNotification: 'deliver-notification',
  /** Many notifications, delivered together. */
  deliverNotifications: 'deliver-notifications',
  deliverWebhook: 'deliver-webhook',
  importFile: 'import-file',
} as const;

/** Deterministic job ids (BullMQ refuses ':' and all-digit ids): a repeat of the same work is the same job. */
export const jobId = {
  deadline: (deadlineId: string) => `deadline-${deadlineId}`,
  /** Named by the first of the notifications it carries. */
  notifications: (firstOutboxId: string) => `notify-batch-${firstOutboxId}`,
  webhook: (deliveryId: string) => `webhook-${deliveryId}`,
  importFile: (importJobId: string) => `import-${importJobId}`,
};
