import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { Settings } from '../config/settings';
import { appendAnchor, readAnchors, type Anchors, type Head } from './journal-anchors';
import { verifyJournal, type JournalReport } from './journal-verification';

export interface CheckpointReport {
  at: string;
  heads: number;
  signature: string;
}

/**
 * Writes checkpoints of the journal's chain heads outside the database, signed with a key the
 * database does not hold: on a schedule in the worker, and on demand; each also goes to the log.
 */
@Injectable()
export class JournalAnchorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JournalAnchor');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const anchor = this.settings.journalAnchor;
    if (!anchor) {
      this.logger.warn('JOURNAL_ANCHOR_KEY is not set: journal checkpoints are not written outside the database');
      return;
    }
    if (!this.settings.runWorker) return;
    this.timer = setInterval(() => void this.checkpoint().catch((error: unknown) => this.logger.error({ err: error }, 'Journal checkpoint failed')), anchor.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Null when checkpoints are not configured. */
  anchors(): Anchors | null {
    const anchor = this.settings.journalAnchor;
    return anchor ? readAnchors(anchor.file, anchor.key) : null;
  }

  async checkpoint(): Promise<CheckpointReport | null> {
    const anchor = this.settings.journalAnchor;
    const anchors = this.anchors();
    if (!anchor || !anchors) return null;
    const at = this.clock.now().toISOString();
    // The heads that moved since the last checkpoint (all of them the first time).
    const rows = await this.dataSource.query<{ case_id: string; sequence: number; hash: string }[]>(
      `SELECT DISTINCT ON (case_id) case_id, sequence, hash FROM case_event ${anchors.lastAt ? 'WHERE occurred_at >= $1' : ''} ORDER BY case_id, sequence DESC`,
      anchors.lastAt ? [anchors.lastAt] : [],
    );
    const heads: Head[] = rows.filter((row) => anchors.heads.get(row.case_id)?.sequence !== row.sequence).map((row) => [row.case_id, row.sequence, row.hash]);
    const signature = appendAnchor(anchor.file, anchor.key, at, heads, anchors.lastSignature);
    this.logger.log({ at, heads: heads.length, signature }, 'Journal checkpoint written');
    return { at, heads: heads.length, signature };
  }

  verify(scopePrefix: string | null): Promise<JournalReport> {
    return verifyJournal(this.dataSource, scopePrefix, this.anchors());
  }
}
