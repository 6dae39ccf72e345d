import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICY } from '../../workflows/policy';
import type { StaffRole } from '../accounts/staff-role';
import { CasesService } from '../cases/cases.service';
import type { ListCasesQuery } from '../cases/dto/list-cases.query';
import { ROLE_LABELS } from '../cases/journal-labels';
import { currentProcedure, stageName } from '../cases/procedures';
import type { Actor } from '../common/actor';
import { chinaDate } from '../common/clock';
import type { Page } from '../common/pagination';
import type { ListHouseholdsQuery } from '../households/dto/list-households.query';
import { HEALTH, HOUSEHOLD_STATUS, LABOUR_CAPACITY, POVERTY_ATTRIBUTE, POVERTY_CAUSE, RELATION, SCHOOLING, SEX } from '../households/household.enums';
import { HouseholdsService } from '../households/households.service';
import { TEMPLATE_HEADINGS } from '../imports/roster-columns';
import type { Cell, Sheet } from './xlsx-download';
import { PublicityService } from '../publicity/publicity.service';
import { noticeListings } from '../publicity/notice-listings';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import type { ListFollowUpsQuery } from '../follow-ups/dto/follow-up.dto';
import { HouseholdPlanService } from '../monitoring/household-plan.service';
import { MEASURE_STATUS_LABELS } from '../monitoring/measure-statuses';
import { INCOME_CHECK_SOURCE_LABELS, type IncomeCheckSource } from '../households/income-check.entity';

/** Rows read from the database per page while an export is written. */
const PAGE = 200;

/** Case work needs the full number; the administrator, who does none, sees it masked (450123********0011). */
const ROLES_SEEING_ID_NUMBERS: readonly StaffRole[] = ['village', 'township', 'county'];
export const maskedIdNumber = (idNumber: string) => `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;

interface MemberRow {
  household_id: string;
  name: string;
  id_number: string;
  relation: keyof typeof RELATION.labels;
  sex: keyof typeof SEX.labels;
  birth_date: string;
  phone: string | null;
  health: keyof typeof HEALTH.labels;
  labour_capacity: keyof typeof LABOUR_CAPACITY.labels;
  schooling: keyof typeof SCHOOLING.labels;
  per_capita_income: string | null;
  main_cause: keyof typeof POVERTY_CAUSE.labels | null;
  poverty_attribute: keyof typeof POVERTY_ATTRIBUTE.labels | null;
  status: keyof typeof HOUSEHOLD_STATUS.labels;
  group_name: string;
  village_name: string;
}

/** Every page of a list, in order: the list's own filters and jurisdiction, read a page at a time. */
async function* pages<T>(read: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Lists out as spreadsheets (.xlsx, Chinese headings), with the filters of the lists they come
 * from: the households as a roster (花名册) in the import's own layout, so an export imports back
 * unchanged; the cases with their stages.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly households: HouseholdsService,
    private readonly cases: CasesService,
    private readonly publicity: PublicityService,
    private readonly followUps: FollowUpsService,
    private readonly plans: HouseholdPlanService,
  ) {}

  static readonly HOUSEHOLD_HEADINGS = [...TEMPLATE_HEADINGS, '村', '农户状态'];

  async *householdRows(actor: Actor, query: ListHouseholdsQuery): AsyncGenerator<Cell[]> {
    const showIds = ROLES_SEEING_ID_NUMBERS.includes(actor.role);
    let number = 0;
    for await (const items of pages((cursor) => this.households.list(actor, { ...query, limit: PAGE, cursor }))) {
      if (items.length === 0) continue;
      const ids = items.map((item) => item.id);
      const members = await this.dataSource.query<MemberRow[]>(
        `SELECT m.household_id, m.name, m.id_number, m.relation, m.sex, to_char(m.birth_date, 'YYYY-MM-DD') AS birth_date, m.phone, m.health, m.labour_capacity, m.schooling,
                h.per_capita_income, h.main_cause, h.poverty_attribute, h.status, g.name AS group_name, v.name AS village_name
           FROM household_member m JOIN household h ON h.id = m.household_id JOIN region g ON g.id = h.group_id JOIN region v ON v.id = h.village_id
          WHERE m.household_id = ANY($1)
          ORDER BY array_position($1::uuid[], m.household_id), m.relation = 'head' DESC, m.birth_date`,
        [ids],
      );
      let current = '';
      for (const member of members) {
        if (member.household_id !== current) {
          current = member.household_id;
          number += 1;
        }
        const head = member.relation === 'head';
        yield [
          String(number),
          RELATION.labels[member.relation],
          member.name,
          showIds ? member.id_number : maskedIdNumber(member.id_number),
          SEX.labels[member.sex],
          member.birth_date,
          member.group_name,
          member.phone ?? '',
          HEALTH.labels[member.health],
          LABOUR_CAPACITY.labels[member.labour_capacity],
          SCHOOLING.labels[member.schooling],
          head && member.per_capita_income !== null ? Number(member.per_capita_income) : '',
          head && member.main_cause ? POVERTY_CAUSE.labels[member.main_cause] : '',
          head && member.poverty_attribute ? POVERTY_ATTRIBUTE.labels[member.poverty_attribute] : '',
          member.village_name,
          HOUSEHOLD_STATUS.labels[member.status],
        ];
      }
    }
  }

  static readonly CASE_HEADINGS = ['案件编号', '办理程序', '户主', '村', '当前阶段', '等待办理', '本阶段时限', '开立或最近办理', '是否办结'];

  async *caseRows(actor: Actor, query: ListCasesQuery): AsyncGenerator<Cell[]> {
    const villages = new Map<string, string>();
    for await (const items of pages((cursor) => this.cases.list(actor, { ...query, limit: PAGE, cursor }))) {
      const unknown = [...new Set(items.map((item) => item.villageCode).filter((code) => !villages.has(code)))];
      if (unknown.length > 0) {
        const rows = await this.dataSource.query<{ code: string; name: string }[]>(`SELECT code, name FROM region WHERE level = 'village' AND code = ANY($1)`, [unknown]);
        for (const row of rows) villages.set(row.code, row.name);
      }
      for (const item of items) {
        yield [
          item.caseNumber,
          currentProcedure(item.procedure)?.label(DEFAULT_POLICY) ?? item.procedure,
          item.headName ?? '',
          villages.get(item.villageCode) ?? item.villageCode,
          item.stageLabel,
          item.awaitingRole ? (ROLE_LABELS[item.awaitingRole] ?? item.awaitingRole) : '',
          item.stageDueAt ? chinaDate(new Date(item.stageDueAt)) : '',
          chinaDate(new Date(item.updatedAt)),
          item.final ? '是' : '否',
        ];
      }
    }
  }

  static readonly NOTICE_HEADINGS = ['序号', '村民小组', '户主', '家庭人口', '案件编号', '当前阶段'];

  /** A notice's list for staff: full names (the public board masks them), and where each case stands now. */
  async noticeRows(actor: Actor, noticeId: string): Promise<{ fileName: string; rows: Cell[][] }> {
    const notice = await this.publicity.get(actor, noticeId);
    const listings = await noticeListings(this.dataSource, { noticeId });
    const rows = listings.map((row, index): Cell[] => [
      index + 1,
      row.groupName,
      row.headName ?? '',
      row.size,
      row.caseNumber,
      stageName({ procedure: row.procedure, machineVersion: row.caseMachineVersion, stage: row.caseStage, phase: row.casePhase }),
    ]);
    return { fileName: `公示名单-${notice.startsOn}.xlsx`, rows };
  }

  static readonly FOLLOW_UP_HEADINGS = ['户主', '村', '应回访日期', '回访日期', '人均纯收入 (元)', '收入年度', '发现返贫风险', '提前回访理由'];

  async *followUpRows(actor: Actor, query: ListFollowUpsQuery): AsyncGenerator<Cell[]> {
    for await (const items of pages((cursor) => this.followUps.list(actor, { ...query, limit: PAGE, cursor }))) {
      if (items.length === 0) continue;
      const names = new Map(
        (
          await this.dataSource.query<{ household_id: string; head: string; village: string }[]>(
            `SELECT h.id AS household_id, m.name AS head, v.name AS village FROM household h JOIN region v ON v.id = h.village_id
               LEFT JOIN household_member m ON m.household_id = h.id AND m.relation = 'head' WHERE h.id = ANY($1)`,
            [items.map((item) => item.householdId)],
          )
        ).map((row) => [row.household_id, row]),
      );
      for (const visit of items) {
        const household = names.get(visit.householdId);
        yield [household?.head ?? '', household?.village ?? '', visit.dueOn, visit.visitedOn ?? '', visit.incomeFound, visit.incomeYear, visit.atRisk === null ? '' : visit.atRisk ? '是' : '否', visit.earlyReason ?? ''];
      }
    }
  }

  /** The household plan (一户一策): its measures and its income checks, a sheet each. */
  async planSheets(actor: Actor, householdId: string): Promise<{ headName: string; sheets: Sheet[] }> {
    const plan = await this.plans.plan(actor, householdId);
    const [head] = await this.dataSource.query<{ name: string }[]>(`SELECT name FROM household_member WHERE household_id = $1 AND relation = 'head'`, [householdId]);
    return {
      headName: head?.name ?? householdId,
      sheets: [
        {
          name: '帮扶措施',
          headings: ['类型', '内容', '责任部门', '金额 (元)', '开始日期', '进度', '落实日期', '登记时间'],
          rows: plan.measures.map((measure): Cell[] => [
            measure.kindLabel,
            measure.description,
            measure.department,
            measure.amount,
            measure.startsOn ?? '',
            MEASURE_STATUS_LABELS[measure.status],
            measure.doneOn ?? '',
            chinaDate(new Date(measure.createdAt)),
          ]),
        },
        {
          name: '收入核查',
          headings: ['核查日期', '家庭人均纯收入 (元/年)', '来源'],
          rows: plan.incomeChecks.map((check): Cell[] => [check.checkedOn, check.perCapitaIncome, INCOME_CHECK_SOURCE_LABELS[check.source as IncomeCheckSource] ?? check.source]),
        },
      ],
    };
  }
}
