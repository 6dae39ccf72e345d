import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Settings } from '../config/settings';

/** Channels the database's triggers notify on (migrations AddAccountChangeNotices, AddBoardChangeNotices, AddPolicyAndCalendarNotices, AddOutboxAddedNotices). */
export const NOTICE_CHANNEL = {
  /** The id of a staff account changed in any way. */
  accountChanged: 'staff_account_changed',
  /** The code of a village whose public board changed, or '*' for every board (a county's policy). */
  boardChanged: 'board_changed',
  /** A county published a policy. */
  policyChanged: 'county_policy_changed',
  /** The working calendar's entered days changed. */
  calendarChanged: 'calendar_changed',
  /** Outbox rows were committed (migration AddOutboxAddedNotices). */
  outboxAdded: 'outbox_added',
} as const;
type Channel = (typeof NOTICE_CHANNEL)[keyof typeof NOTICE_CHANNEL];

interface Subscriber {
  /** A notice on the channel, with its payload. */
  heard: (payload: string) => void;
  /** Listening started, or stopped: notices may have gone unheard, so what was cached must go. */
  reset: () => void;
}

/** How long to wait before listening again after the listening connection was lost. */
const RELISTEN_MS = 1000;

/**
 * One connection per process that LISTENs for what PostgreSQL's triggers tell of changes, so
 * what a process keeps in memory (accounts, boards) is forgotten the moment the truth changes,
 * whoever changed it and however. A lost connection is opened again; meanwhile `listening` is
 * false and those caches are not to be used.
 */
@Injectable()
export class DatabaseNoticesService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseNoticesService.name);
  private readonly subscribers = new Map<Channel, Subscriber[]>();
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  /** Whether every notice sent now will be heard. */
  listening = false;

  constructor(private readonly settings: Settings) {}

  /** Called from a provider's constructor, before the process starts listening. */
  subscribe(channel: Channel, subscriber: Subscriber): void {
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), subscriber]);
  }

  async onModuleInit(): Promise<void> {
    if (this.subscribers.size > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private reset(): void {
    for (const subscribers of this.subscribers.values()) for (const subscriber of subscribers) subscriber.reset();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.settings.databaseUrl, connectionTimeoutMillis: this.settings.dbConnectTimeoutMs });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.reset();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ err: error?.message }, 'No longer hearing of changes in the database; caches unused until listening again');
      this.retry = setTimeout(() => void this.listen(), RELISTEN_MS);
    };
    this.client = client;
    client.on('notification', (message) => {
      for (const subscriber of this.subscribers.get(message.channel as Channel) ?? []) subscriber.heard(message.payload ?? '');
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${channel}`);
      // What was cached before listening may have changed unheard.
      this.reset();
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}
