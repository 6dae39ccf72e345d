import { chinaDate } from '../src/common/clock';
import { TO_CONFIRMED } from '../workflows/identification/identification.fixtures';
import { fileAt } from './support/files';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { BACKFILL } from '../migrations/1796136213463-AddHouseholdTally';
import { foldHouseholdTally } from '../src/statistics/household-tally';
import { aMember, anIdNumber, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import { HEADINGS, importRoster, personRow, sheetRows, xlsxOf } from './support/roster-files';
import type { TestApp } from './support/test-app';

interface Figures {
  name: string;
  all: { households: number; people: number };
  registered: { households: number; people: number };
  incidence: { poorPeople: number; ruralPopulation: number; denominator: string; rate: number | null };
  exits: { year: number; target: number | null; exited: number } | null;
}
interface Statistics {
  asOf: string;
  total: Figures;
  children: Figures[];
}

/**
 * A township built by import and run through identification, where the test knows each figure:
 * 甲一村 10 households of 3 people, 甲二村 5 of 2; three households of 甲一村 registered, a fourth
 * after the day the report is made for.
 */
describe('Statistics (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let reportDay = '';

  // The test's clock starts now and runs ahead through the publicity windows.
  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp({ runWorker: true, reconcileIntervalMs: 3_600_000, start: new Date().toISOString() }));
    const family = (number: number, group: string, size: number) =>
      ['户主', '配偶', '之子'].slice(0, size).map((relation, index) => {
        const idNumber = anIdNumber({ male: index !== 1 });
        return personRow({ household: String(number), relation, name: `统计${number}-${index}`, idNumber, sex: index === 1 ? '女' : '男', group });
      });
    const a1 = Array.from({ length: 10 }, (_, index) => family(index + 1, index < 5 ? '一组' : '二组', 3)).flat();
    const a2 = Array.from({ length: 5 }, (_, index) => family(index + 1, '一组', 2)).flat();
    expect(await importRoster(sut, tokens.village, tree.villageA1.id, '甲一村.xlsx', await xlsxOf(HEADINGS, a1))).toMatchObject({ householdsStored: 10 });
    expect(await importRoster(sut, tokens.township, tree.villageA2.id, '甲二村.xlsx', await xlsxOf(HEADINGS, a2))).toMatchObject({ householdsStored: 5 });

    const heads = await sut.dataSource.query<{ household_id: string }[]>(
      `SELECT m.household_id FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.village_id = $1 AND m.name IN ('统计1-0', '统计2-0', '统计3-0', '统计4-0') ORDER BY m.name`,
      [tree.villageA1.id],
    );
    const register = async (householdId: string) => {
      const opened = await sut.as(tokens.village).post('/cases').send({ householdId, procedure: 'identification', application: { reasons: '因病致贫', crossCheckConsent: true } });
      if (opened.status !== 201) throw new Error(`open: ${opened.status} ${opened.text}`);
      const driver = new CaseDriver(sut, tokens, tree, clock, (opened.body as { id: string }).id, householdId);
      expect((await driver.run(...TO_CONFIRMED)).household).toMatchObject({ status: 'registered' });
    };
    for (const head of heads.slice(0, 3)) await register(head.household_id);
    reportDay = chinaDate(clock.now());
    clock.set(new Date(clock.now().getTime() + 86_400_000));
    await register(heads[3]?.household_id ?? '');
  }, 120_000);

  afterAll(() => sut.close());

  const statistics = async (token: string, regionId: string, asOf?: string) => {
    const response = await sut.as(token).get(`/statistics/regions/${regionId}`).query(asOf ? { asOf } : {});
    return { status: response.status, body: response.body as Statistics };
  };

  it('counts households and people by status per village, and the poverty incidence from the registry, as of the report day', async () => {
    const { body } = await statistics(tokens.township, tree.townshipA.id, reportDay);
    expect(body.asOf).toBe(reportDay);
    const byName = Object.fromEntries(body.children.map((child) => [child.name, child]));
    expect(byName['甲一村']).toMatchObject({ all: { households: 10, people: 30 }, registered: { households: 3, people: 9 }, incidence: { poorPeople: 9, ruralPopulation: 30, denominator: 'registry', rate: 30 } });
    expect(byName['甲二村']).toMatchObject({ all: { households: 5, people: 10 }, registered: { households: 0, people: 0 }, incidence: { rate: 0 } });
    // Running cases by stage, from the same place the case lists count them: the four are all confirmed.
    expect((body as Statistics & { cases: unknown[] }).cases).toEqual([]);
    // 9 registered poor people of 40: 22.5 %.
    expect(body.total).toMatchObject({ all: { households: 15, people: 40 }, registered: { households: 3, people: 9 }, incidence: { rate: 22.5 } });
  });

  it('gives the incidence at the end of each year up to the report day, in one request', async () => {
    const year = Number(reportDay.slice(0, 4));
    const trend = await sut.as(tokens.township).get(`/statistics/regions/${tree.townshipA.id}/trend`).query({ asOf: reportDay, years: 2 });
    expect(trend.status).toBe(200);
    // Each point is what the statistics say for its day: last year's end, and the report day.
    const yearEnd = (await statistics(tokens.township, tree.townshipA.id, `${year - 1}-12-31`)).body.total;
    expect(trend.body).toEqual([
      { year: year - 1, asOf: `${year - 1}-12-31`, registered: yearEnd.registered, incidence: yearEnd.incidence },
      { year, asOf: reportDay, registered: { households: 3, people: 9 }, incidence: { poorPeople: 9, ruralPopulation: 40, denominator: 'registry', rate: 22.5 } },
    ]);
    expect((await sut.as(tokens.township).get(`/statistics/regions/${tree.townshipA.id}/trend`).query({ years: 21 })).status).toBe(400);
  });

  it('leaves out a status change after the report day; today counts it', async () => {
    expect((await statistics(tokens.township, tree.townshipA.id, reportDay)).body.total.registered.households).toBe(3);
    const today = await statistics(tokens.township, tree.townshipA.id);
    expect(today.body.total).toMatchObject({ registered: { households: 4, people: 12 }, incidence: { rate: 30 } });
    // A village drills down to its groups: the four registered households are all in 一组.
    const village = await statistics(tokens.village, tree.villageA1.id);
    expect(village.body.children.map((group) => [group.name, group.registered.households])).toEqual([['一组', 4], ['二组', 0]]);
  });

  it('takes the yearbook\u2019s rural population as the denominator once entered, and says so', async () => {
    const year = Number(reportDay.slice(0, 4));
    const entered = await sut.as(tokens.township).put(`/statistics/regions/${tree.townshipA.id}/population/${year}`).send({ ruralPopulation: 400 });
    expect(entered.status).toBe(200);
    const { body } = await statistics(tokens.township, tree.townshipA.id, reportDay);
    expect(body.total.incidence).toEqual({ poorPeople: 9, ruralPopulation: 400, denominator: 'entered', rate: 2.25 });
    expect(body.children.find((child) => child.name === '甲一村')?.incidence.denominator).toBe('registry');
  });

  it('sets the year\u2019s exits against the township\u2019s target', async () => {
    const year = Number(reportDay.slice(0, 4));
    expect((await sut.as(tokens.county).put(`/exit-targets/${year}`).send({ targets: [{ townshipId: tree.townshipA.id, target: 5 }] })).status).toBe(200);
    const county = (await sut.as(tokens.county).get(`/statistics/regions/${tree.county.id}`).query({ asOf: reportDay })).body as Statistics;
    expect(county.children.find((child) => child.name === '甲镇')?.exits).toEqual({ year, target: 5, exited: 0 });
    expect(county.children.find((child) => child.name === '乙乡')?.exits).toEqual({ year, target: null, exited: 0 });
    const township = (await statistics(tokens.township, tree.townshipA.id, reportDay)).body;
    expect(township.total.exits).toEqual({ year, target: 5, exited: 0 });
    expect(township.children.map((child) => child.exits)).toEqual([null, null]);
  });

  it('downloads the table as .xlsx, a row per village and the total', async () => {
    const [heading, ...rows] = await sheetRows((await fileAt(sut, tokens.township, `/statistics/regions/${tree.townshipA.id}/export`, { asOf: reportDay })).body);
    expect(heading?.slice(0, 6)).toEqual(['区划', '代码', '农户', '人口', '建档立卡户', '建档立卡人口']);
    expect(rows.map((row) => [row[0], row[2], row[4], row[16]])).toEqual([
      ['甲一村', '10', '3', '30'],
      ['甲二村', '5', '0', '0'],
      ['甲镇合计', '15', '3', '2.25'],
    ]);
  });

  it('refuses a region outside the jurisdiction and a day to come', async () => {
    expect((await statistics(tokens.village, tree.townshipA.id)).status).toBe(403);
    const future = await statistics(tokens.township, tree.townshipA.id, '2999-01-01');
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('统计截止日不能晚于今天');
  });

  describe('the tally the figures come from', () => {
    const answers = async () => [
      (await statistics(tokens.township, tree.townshipA.id, reportDay)).body,
      (await statistics(tokens.township, tree.townshipA.id)).body,
      (await statistics(tokens.village, tree.villageA1.id)).body,
    ];
    const pending = async () => Number((await sut.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM household_tally_pending'))[0]?.n);

    it('gives the same figures once the worker has folded the pending changes into the totals', async () => {
      const before = await answers();
      expect(await pending()).toBeGreaterThan(0);
      expect(await foldHouseholdTally(sut.dataSource)).toBeGreaterThan(0);
      expect(await pending()).toBe(0);
      expect(await answers()).toEqual(before);
      expect(await foldHouseholdTally(sut.dataSource)).toBe(0);
    });

    it('rebuilt from the household change history (as the migration does for an existing registry), gives the same figures', async () => {
      const kept = await answers();
      await sut.dataSource.query('TRUNCATE household_tally, household_tally_by_day, household_group_tally, household_group_tally_by_day, household_tally_pending');
      expect((await answers())[1]?.total.all.households).toBe(0);
      await sut.dataSource.query(BACKFILL);
      expect(await answers()).toEqual(kept);
    });

    it('follows a person added or removed and a household moved to another group, as counting the registry household by household does', async () => {
      const [one, seven] = await sut.dataSource.query<{ household_id: string; member_id: string }[]>(
        `SELECT household_id, (SELECT id FROM household_member WHERE household_id = m.household_id AND relation <> 'head' LIMIT 1) AS member_id
           FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.village_id = $1 AND m.name IN ('统计1-0', '统计7-0') ORDER BY m.name`,
        [tree.villageA1.id],
      );
      // 统计1 is registered and in 一组; 统计7 is not registered and in 二组, moved to 一组.
      expect((await sut.as(tokens.village).post(`/households/${one?.household_id}/members`).send(aMember({ name: '统计1-3', relation: 'son' }))).status).toBe(201);
      expect((await sut.as(tokens.village).delete(`/households/${seven?.household_id}/members/${seven?.member_id}`)).status).toBe(200);
      expect((await sut.as(tokens.village).patch(`/households/${seven?.household_id}`).send({ groupId: tree.groupA1.id })).status).toBe(200);

      const counted = await sut.dataSource.query<{ name: string; figures: number[] }[]>(
        `SELECT g.name, ARRAY[count(*), sum(p.people), count(*) FILTER (WHERE h.status = 'registered'), coalesce(sum(p.people) FILTER (WHERE h.status = 'registered'), 0)]::int[] AS figures
           FROM household h JOIN region g ON g.id = h.group_id
           CROSS JOIN LATERAL (SELECT count(*) AS people FROM household_member m WHERE m.household_id = h.id) p
          WHERE h.village_id = $1 GROUP BY g.name, g.group_number ORDER BY g.group_number`,
        [tree.villageA1.id],
      );
      expect(counted).toEqual([
        { name: '一组', figures: [6, 18, 4, 13] },
        { name: '二组', figures: [4, 12, 0, 0] },
      ]);
      const groups = (await statistics(tokens.village, tree.villageA1.id)).body.children;
      expect(groups.map((group) => ({ name: group.name, figures: [group.all.households, group.all.people, group.registered.households, group.registered.people] }))).toEqual(counted);
    });
  });
});
