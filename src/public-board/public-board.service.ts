import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
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
}

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
export class PublicBoardService {
  /**
   * Village boards and their rendered pages, served from memory until PostgreSQL tells of a
   * change to one (or settings.boardCacheMs at most: the days left count down without a change),
   * within settings.boardCacheMb: bounded in bytes, not entries, so a county of many villages
   * cannot grow the process (issue 18).
   */
  private readonly boards: LRUCache<string, CachedBoard> | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly clock: Clock,
    private readonly notices: DatabaseNoticesService,
    settings: Settings,
  ) {
    this.boards =
      settings.boardCacheMs > 0
        ? new LRUCache<string, CachedBoard>({
            ttl: settings.boardCacheMs,
            maxSize: Math.max(1, Math.floor(settings.boardCacheMb * 1024 * 1024)),
            sizeCalculation: (entry) => (entry.board?.length ?? 0) + (entry.gzippedPage?.length ?? 0) + 1,
            // Residents reading a board that is being loaded wait for that one load.
            fetchMethod: (villageCode) => this.load(villageCode),
            // A change heard while a board loads deletes the load from the cache; its readers still get what it read (a moment before the change), and nothing of it is kept.
            ignoreFetchAbort: true,
          })
        : null;
    // A notice, a listed case's stage, a listed household's members or the county's policy changed: that board (or every one) is read again.
    notices.subscribe(NOTICE_CHANNEL.boardChanged, { heard: (villageCode) => (villageCode === '*' ? this.boards?.clear() : this.forget(villageCode)), reset: () => this.boards?.clear() });
  }

  /** A few seconds old at most: the cost of a board read stays flat however many residents look. */
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
    // Not listening, a change could go unheard: read fresh until listening again.
    return (this.boards && this.notices.listening ? await this.boards.fetch(villageCode) : undefined) ?? this.load(villageCode);
  }

  private async load(villageCode: string): Promise<CachedBoard> {
    const board = await this.loadVillageBoard(villageCode);
    if (!board) return { board: null, gzippedPage: null, etag: null };
    const page = Buffer.from(villageBoardPage(board));
    return { board: Buffer.from(JSON.stringify(board)), gzippedPage: gzipSync(page), etag: `W/"${createHash('sha1').update(page).digest('base64url')}"` };
  }

  /** After a change residents must see at once (an objection filed from the board). */
  forget(villageCode: string): void {
    this.boards?.delete(villageCode);
  }

  private async loadVillageBoard(villageCode: string): Promise<VillageBoard | null> {
    if (!/^\d{12}$/.test(villageCode)) return null;
    const [place, { settings: policy }] = await Promise.all([villagePlace(this.dataSource, villageCode), this.policies.currentForVillage(villageCode)]);
    if (!place) return null;
    const board = { ...DEFAULT_POLICY.publicBoard, ...policy.publicBoard };
    const now = this.clock.now();
    const rows = await noticeListings(this.dataSource, { villageCode, endedAfter: new Date(now.getTime() - board.retentionDays * 86_400_000) });
    const notices = new Map<string, BoardNotice>();
    for (const row of rows) {
      let notice = notices.get(row.noticeId);
      if (!notice) {
        const open = row.endsAt > now;
        notice = {
          id: row.noticeId,
          number: row.noticeNumber,
          procedure: row.procedure,
          stage: row.stage,
          title: noticeTitle(row.procedure, row.stage, policy)?.board ?? row.stage,
          startsOn: row.startsOn,
          lastDay: chinaDate(new Date(row.endsAt.getTime() - 1)),
          daysLeft: open ? Math.ceil((row.endsAt.getTime() - now.getTime()) / 86_400_000) : 0,
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
    return { villageCode, ...place, notices: inProcedureOrder([...notices.values()]), policy: board, anonymousObjections: policy.anonymousObjections };
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
