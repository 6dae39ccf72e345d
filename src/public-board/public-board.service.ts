import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type PublicBoardPolicy } from '../../workflows/policy';
import { restoreSnapshot } from '../cases/case-snapshot';
import { CaseEntity } from '../cases/case.entity';
import type { OutcomeContext } from '../cases/case.view';
import { currentProcedure, PROCEDURE_NAMES, procedureAt } from '../cases/procedures';
import { chinaDate, Clock } from '../common/clock';
import { PoliciesService } from '../policies/policies.service';
import { Settings } from '../config/settings';
import { DatabaseNoticesService, NOTICE_CHANNEL } from '../database/database-notices.service';
import { ObjectionEntity } from '../publicity/objection.entity';
import { maskName } from './mask-name';
import { noticeListings, villagePlace } from '../publicity/notice-listings';
import { noticeTitle } from '../publicity/notice-titles';
import { villageBoardPage } from './board.views';
import { CoalescingQueue } from './coalescing-queue';
import { MetricsService } from '../metrics/metrics.service';


export interface BoardRow {
  caseId: string;
  group: string;
  head: string;
  size: number;
  /** Still open for objections (window open, case still on this notice). */
  objectable: boolean;
}

export interface BoardNotice {
  id: string;
  /** GS-2026-000012, as on the printed notice. */
  number: string;
  procedure: string;
  stage: string;
  title: string;
  startsOn: string;
  lastDay: string;
  daysLeft: number;
  open: boolean;
  rows: BoardRow[];
}

/**
 * A board in the cache as bytes, its facts (JSON, UTF-8) and its page (gzip): a third of what V8
 * takes for the same text (two bytes a character once it holds Chinese) and objects, and the page
 * a fifth of that again. Null: no such village.
 */
interface CachedBoard {
  board: Buffer | null;
  gzippedPage: Buffer | null;
  /** The page's entity tag, made once per load (a reader whose copy is current gets 304); weak, as the page goes out in two codings (gzip or not). */
  etag: string | null;
  /** When (the clock's ms) the page would read differently without any change: a day counted down, a window closed, a notice past its days online. Not served after. */
  changesAt: number;
  /** When it is read again in the background, while still served: what nothing tells of (a group renamed) shows within settings.boardCacheMs. */
  refreshAt: number;
}

const DAY_MS = 86_400_000;
const VILLAGE_CODE = /^\d{12}$/;

/** Why a board was loaded (counted in jingzhun_board_loads_total). */
type LoadReason = 'read' | 'ahead' | 'refresh';

/** How long a changed board must go without another change before it is rendered again: a storm's parts tell of one village again and again for seconds, and each render would be dropped by the next. */
const RENDER_AHEAD_QUIET_MS = 1000;
/** Boards nobody has read yet are rendered ahead only while the cache has this share of its bytes free, so they never push out the boards being read. */
const AHEAD_ROOM = 0.1;
/** The queue's key for "every village with an open notice" (at start, after listening again, after a county's policy changed). */
const EVERY_OPEN_BOARD = '*';

/** A board's page as it is sent: gzip, which every phone's browser accepts, unpacked for a reader that does not. */
export interface BoardPage {
  gzipped: Buffer;
  etag: string;
  unpacked(): Buffer;
}

export interface VillageBoard {
  villageCode: string;
  village: string;
  township: string;
  county: string;
  notices: BoardNotice[];
  policy: PublicBoardPolicy;
  anonymousObjections: boolean;
}

/** What an objector may read of their objection. */
export interface ObjectionLookup {
  publicNumber: string;
  kind: ObjectionEntity['kind'];
  status: ObjectionEntity['status'];
  finding: string | null;
  filedOn: string;
  resolvedOn: string | null;
  /** The board the objection was filed from, to go back to. */
  villageCode: string | null;
}

/**
 * When a notice ending at endsAt next reads differently on the board by time alone (ms): while
 * open, when its days left count down one (the last at its end, when it closes); after, when it
 * has been online its days after the end and leaves the board.
 */
export function pageChangesAt(endsAt: number, now: number, retentionDays: number): number {
  if (endsAt <= now) return endsAt + retentionDays * DAY_MS;
  const daysLeft = Math.ceil((endsAt - now) / DAY_MS);
  return endsAt - (daysLeft - 1) * DAY_MS;
}

/** A procedure's notices in the order it posts them (识别: 村级、乡镇、县级), the newest first within a stage. */
export function inProcedureOrder(notices: BoardNotice[]): BoardNotice[] {
  const rank = (notice: BoardNotice): [number, number] => {
    const procedure = currentProcedure(notice.procedure);
    const stages = procedure ? Object.keys(procedure.stageLabels) : [];
    return [PROCEDURE_NAMES.indexOf(notice.procedure), stages.indexOf(notice.stage)];
  };
  return [...notices].sort((a, b) => {
    const [procedureA, stageA] = rank(a);
    const [procedureB, stageB] = rank(b);
    return procedureA - procedureB || stageA - stageB || b.startsOn.localeCompare(a.startsOn);
  });
}

/**
 * What residents may see: for each open (or recently closed) notice of a village, the villager
 * group, the head's name as the county allows, and the household size. Nothing else leaves here
 * (procedures.md "Publicity as the system runs it": never ID, phone, bank, health).
 */
@Injectable()
export class PublicBoardService implements OnModuleDestroy {
  private readonly logger = new Logger(PublicBoardService.name);
  /**
   * Village boards and their rendered pages, served from memory until PostgreSQL tells of a
   * change to one or time alone would change it (CachedBoard.changesAt), read again in the
   * background after settings.boardCacheMs, within settings.boardCacheMb: bounded in bytes, not
   * entries, so a county of many villages cannot grow the process (issue 18).
   */
  private readonly boards: LRUCache<string, CachedBoard, LoadReason> | null;
  /**
   * Boards rendered again after a change, before anyone asks, and every board with an open notice
   * when the process starts: residents come to a board when a notice goes up, and the first of
   * them should not wait for a load from a million households (issue 18, the board's p99).
   */
  private readonly ahead = new CoalescingQueue<string>(
    RENDER_AHEAD_QUIET_MS,
    (villageCode, wasCached) => (villageCode === EVERY_OPEN_BOARD ? this.queueOpenBoards() : this.renderAhead(villageCode, wasCached)),
    (villageCode, error) => this.logger.warn({ villageCode, err: (error as Error).message }, 'A board could not be rendered ahead; it loads when read'),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly clock: Clock,
    private readonly notices: DatabaseNoticesService,
    private readonly metrics: MetricsService,
    private readonly settings: Settings,
  ) {
    this.boards =
      settings.boardCacheMs > 0
        ? new LRUCache<string, CachedBoard, LoadReason>({
            maxSize: Math.max(1, Math.floor(settings.boardCacheMb * 1024 * 1024)),
            sizeCalculation: (entry) => (entry.board?.length ?? 0) + (entry.gzippedPage?.length ?? 0) + 1,
            // Residents reading a board that is being loaded wait for that one load.
            fetchMethod: (villageCode, _stale, { context }) => this.load(villageCode, context),
            // A change heard while a board loads deletes the load from the cache; its readers still get what it read (a moment before the change), and nothing of it is kept.
            ignoreFetchAbort: true,
          })
        : null;
    // A notice, a listed case's stage, a listed household's members or group, a region's name or the county's policy changed: that board (or every one) is read again.
    notices.subscribe(NOTICE_CHANNEL.boardChanged, { heard: (villageCode) => (villageCode === '*' ? this.renewEvery() : this.changed(villageCode)), reset: () => this.renewEvery() });
  }

  async onModuleDestroy(): Promise<void> {
    await this.ahead.stop();
  }

  /** From memory: the cost of a board read stays flat however many residents look. */
  async villageBoard(villageCode: string): Promise<VillageBoard | null> {
    const { board } = await this.cached(villageCode);
    return board ? (JSON.parse(board.toString('utf8')) as VillageBoard) : null;
  }

  /** The board's page as residents read it, rendered and compressed once per load, with its entity tag. */
  async villageBoardPage(villageCode: string): Promise<BoardPage | null> {
    const { gzippedPage, etag } = await this.cached(villageCode);
    return gzippedPage && etag ? { gzipped: gzippedPage, etag, unpacked: () => gunzipSync(gzippedPage) } : null;
  }

  private async cached(villageCode: string): Promise<CachedBoard> {
    const boards = this.boards;
    // Not listening, a change could go unheard: read fresh until listening again.
    if (!boards || !this.notices.listening) return this.load(villageCode, 'read');
    // A page being read again in the background answers until its successor is in.
    const read = () => boards.fetch(villageCode, { context: 'read', allowStale: true });
    let cached = await read();
    const now = this.clock.now().getTime();
    if (cached && cached.changesAt <= now) {
      boards.delete(villageCode);
      cached = await read();
    } else if (cached && cached.refreshAt <= now) this.ahead.addUnlessWaiting(villageCode, true);
    return cached ?? this.load(villageCode, 'read');
  }

  private async load(villageCode: string, reason: LoadReason): Promise<CachedBoard> {
    this.metrics.boardLoads.inc({ reason });
    const refreshAt = this.clock.now().getTime() + this.settings.boardCacheMs;
    const loaded = await this.loadVillageBoard(villageCode);
    if (!loaded) return { board: null, gzippedPage: null, etag: null, changesAt: Infinity, refreshAt };
    const { board, changesAt } = loaded;
    const page = Buffer.from(villageBoardPage(board));
    return { board: Buffer.from(JSON.stringify(board)), gzippedPage: gzipSync(page), etag: `W/"${createHash('sha1').update(page).digest('base64url')}"`, changesAt, refreshAt };
  }

  /** After a change residents must see at once (an objection filed from the board). */
  forget(villageCode: string): void {
    this.boards?.delete(villageCode);
  }

  /** A change heard: the page goes at once, and a new one is rendered once the village's changes have stopped coming. */
  private changed(villageCode: string): void {
    if (!this.boards || !VILLAGE_CODE.test(villageCode)) return;
    const wasCached = this.boards.has(villageCode);
    this.forget(villageCode);
    this.ahead.add(villageCode, wasCached);
  }

  /** Every page may be out of date (listening began again, or a county's policy changed): all go, and the open boards are rendered again. */
  private renewEvery(): void {
    if (!this.boards) return;
    this.boards.clear();
    this.ahead.add(EVERY_OPEN_BOARD, false);
  }

  private async queueOpenBoards(): Promise<void> {
    const villages = await this.dataSource.query<{ village_code: string }[]>(
      `SELECT DISTINCT village_code FROM publicity_notice WHERE cancelled_at IS NULL AND ends_at > $1 ORDER BY village_code`,
      [this.clock.now()],
    );
    for (const { village_code: villageCode } of villages) this.ahead.add(villageCode, false);
  }

  /**
   * A board read into the cache ahead of its readers after a change, or again once it is old,
   * unless a reader has loaded it since, or it would push out boards being read. A change heard
   * meanwhile drops what this load read, as it drops a reader's.
   */
  private async renderAhead(villageCode: string, wasCached: boolean): Promise<void> {
    const boards = this.boards;
    if (!boards || !this.notices.listening) return;
    const current = boards.peek(villageCode);
    if (current && current.refreshAt > this.clock.now().getTime()) return;
    if (!current && !wasCached && boards.calculatedSize > boards.maxSize * (1 - AHEAD_ROOM)) return;
    await boards.fetch(villageCode, { context: current ? 'refresh' : 'ahead', forceRefresh: true, allowStale: true });
  }

  private async loadVillageBoard(villageCode: string): Promise<{ board: VillageBoard; changesAt: number } | null> {
    if (!VILLAGE_CODE.test(villageCode)) return null;
    const [place, { settings: policy }] = await Promise.all([villagePlace(this.dataSource, villageCode), this.policies.currentForVillage(villageCode)]);
    if (!place) return null;
    const board = { ...DEFAULT_POLICY.publicBoard, ...policy.publicBoard };
    const now = this.clock.now();
    const rows = await noticeListings(this.dataSource, { villageCode, endedAfter: new Date(now.getTime() - board.retentionDays * DAY_MS) });
    const notices = new Map<string, BoardNotice>();
    let changesAt = Infinity;
    for (const row of rows) {
      let notice = notices.get(row.noticeId);
      if (!notice) {
        const open = row.endsAt > now;
        changesAt = Math.min(changesAt, pageChangesAt(row.endsAt.getTime(), now.getTime(), board.retentionDays));
        notice = {
          id: row.noticeId,
          number: row.noticeNumber,
          procedure: row.procedure,
          stage: row.stage,
          title: noticeTitle(row.procedure, row.stage, policy)?.board ?? row.stage,
          startsOn: row.startsOn,
          lastDay: chinaDate(new Date(row.endsAt.getTime() - 1)),
          daysLeft: open ? Math.ceil((row.endsAt.getTime() - now.getTime()) / DAY_MS) : 0,
          open,
          rows: [],
        };
        notices.set(row.noticeId, notice);
      }
      notice.rows.push({
        caseId: row.caseId,
        group: row.groupName,
        head: row.headName === null ? '' : board.fullNames ? row.headName : maskName(row.headName),
        size: row.size,
        objectable: notice.open && row.caseStage === row.stage && row.casePhase === 'open' && row.caseNoticeId === row.noticeId,
      });
    }
    return { board: { villageCode, ...place, notices: inProcedureOrder([...notices.values()]), policy: board, anonymousObjections: policy.anonymousObjections }, changesAt };
  }

  async townshipVillages(townshipCode: string): Promise<{ township: string; villages: { code: string; name: string }[] } | null> {
    if (!/^\d{9}000$/.test(townshipCode)) return null;
    const [township] = await this.dataSource.query<{ id: string; name: string }[]>(`SELECT id, name FROM region WHERE level = 'township' AND code = $1`, [townshipCode]);
    if (!township) return null;
    const villages = await this.dataSource.query<{ code: string; name: string }[]>(`SELECT code, name FROM region WHERE parent_id = $1 AND level = 'village' ORDER BY code`, [township.id]);
    return { township: township.name, villages };
  }

  /**
   * Own-case lookup: the stage, its dates and a rejection reason, nothing else. A wrong pair
   * answers exactly like an unknown case number.
   */
  async lookUpCase(typedNumber: string, idLastFour: string): Promise<{ caseNumber: string; stage: string; openedOn: string; updatedOn: string; rejection: string | null } | null> {
    const [match] = await this.dataSource.query<{ id: string }[]>(
      `SELECT c.id FROM procedure_case c JOIN household_member m ON m.household_id = c.household_id AND m.relation = 'head'
        WHERE c.case_number = $1 AND right(m.id_number, 4) = upper($2)`,
      // Case numbers are typed in any case (sb-2026-000017).
      [typedNumber.trim().toUpperCase(), idLastFour.trim()],
    );
    if (!match) return null;
    const row = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: match.id });
    const procedure = procedureAt(row.procedure, row.machineVersion);
    const context = restoreSnapshot(procedure, row).context as OutcomeContext;
    const labels = currentProcedure(row.procedure)?.stageLabels ?? procedure.stageLabels;
    return {
      caseNumber: row.caseNumber,
      stage: labels[row.stage] ?? row.stage,
      openedOn: chinaDate(row.createdAt),
      updatedOn: chinaDate(row.updatedAt),
      rejection: context.rejection ? `在「${labels[context.rejection.stage] ?? context.rejection.stage}」阶段未通过: ${context.rejection.reason}` : null,
    };
  }

  /** An objector looks up the finding with the objection number and their phone's last four digits. */
  async lookUpObjection(publicNumber: string, phoneLastFour: string): Promise<ObjectionLookup | null> {
    const objection = await this.dataSource.getRepository(ObjectionEntity).findOneBy({ publicNumber: publicNumber.trim().toUpperCase() });
    if (!objection?.objectorContact || !/^\d{4}$/.test(phoneLastFour.trim()) || !objection.objectorContact.endsWith(phoneLastFour.trim())) return null;
    const [place] = await this.dataSource.query<{ village_code: string }[]>('SELECT village_code FROM procedure_case WHERE id = $1', [objection.caseId]);
    return {
      publicNumber: objection.publicNumber,
      kind: objection.kind,
      status: objection.status,
      finding: objection.finding,
      filedOn: chinaDate(objection.filedAt),
      resolvedOn: objection.resolvedAt ? chinaDate(objection.resolvedAt) : null,
      villageCode: place?.village_code ?? null,
    };
  }
}
