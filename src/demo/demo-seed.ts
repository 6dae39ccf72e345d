import type { DataSource, EntityManager } from 'typeorm';
import { StaffAccountEntity } from '../accounts/staff-account.entity';
import type { StaffRole } from '../accounts/staff-role';
import { hashPassword } from '../auth/password';
import { chinaDate, type Clock } from '../common/clock';
import { HouseholdChangeEntity } from '../households/household-change.entity';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { POVERTY_CAUSE, type Relation, type Schooling } from '../households/household.enums';
import { idNumberCheckCharacter } from '../households/id-number.util';
import { RegionEntity } from '../regions/region.entity';
import { CountyPolicyEntity } from '../policies/county-policy.entity';
import { addMonths, DEFAULT_POLICY } from '../../workflows/policy';
import { IncomeCheckEntity } from '../households/income-check.entity';
import { AssistanceMeasureEntity } from '../monitoring/assistance-measure.entity';

export const DEMO_PASSWORD = 'jingzhun-demo';

interface DemoVillage {
  code: string;
  name: string;
  groups: number;
}

/** A made-up county (青山县) with real-shaped codes; the prefix 450123 is only for the demo. */
const COUNTY = { code: '450123000000', name: '青山县' };

/** Made-up numbers in the 0771 area, like a county's published ones. */
const DEMO_CONTACTS = [
  { label: '村委会', phone: '0771-5550101' },
  { label: '乡镇人民政府', phone: '0771-5550102' },
  { label: '县纪委监委', phone: '0771-5550112' },
];
const TOWNSHIPS: { code: string; name: string; villages: DemoVillage[] }[] = [
  {
    code: '450123100000',
    name: '青山镇',
    villages: [
      { code: '450123100201', name: '青山村', groups: 5 },
      { code: '450123100202', name: '柳塘村', groups: 4 },
    ],
  },
  {
    code: '450123200000',
    name: '石门乡',
    villages: [
      { code: '450123200201', name: '石门村', groups: 6 },
      { code: '450123200202', name: '上岭村', groups: 4 },
    ],
  },
];
const HOUSEHOLDS_PER_VILLAGE = 50;

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: StaffRole; regionCode: string | null }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', regionCode: null },
  { username: 'county', displayName: `${COUNTY.name}乡村振兴局`, role: 'county', regionCode: COUNTY.code },
  ...TOWNSHIPS.map((township, index) => ({
    username: `township-${index + 1}`,
    displayName: `${township.name}人民政府`,
    role: 'township' as const,
    regionCode: township.code,
  })),
  ...TOWNSHIPS.flatMap((township) => township.villages).map((village, index) => ({
    username: `village-${index + 1}`,
    displayName: `${village.name}村民委员会`,
    role: 'village' as const,
    regionCode: village.code,
  })),
];

const SURNAMES = '韦黄李陆蒙覃梁莫农谭罗卢黎廖吴王张陈周赵';
const GIVEN = '建国秀英志强丽华海燕明军桂兰春梅国庆永福金凤文杰玉珍德胜小红家豪美玲';
const GROUP_NAMES = ['第一', '第二', '第三', '第四', '第五', '第六'];

/** Deterministic pseudo-random numbers: the demo is the same on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class DemoPeople {
  private readonly random = mulberry32(20_140_101);
  private readonly issued = new Set<string>();

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  name(surname: string): string {
    const start = this.int(0, GIVEN.length / 2 - 1) * 2;
    return surname + (this.chance(0.3) ? GIVEN.slice(start, start + 1) : GIVEN.slice(start, start + 2));
  }

  /** A valid ID number: county prefix, birth date, a sequence whose parity gives the sex. */
  idNumber(birthYear: number, male: boolean): string {
    for (;;) {
      const birth = `${birthYear}${String(this.int(1, 12)).padStart(2, '0')}${String(this.int(1, 28)).padStart(2, '0')}`;
      const sequence = this.int(0, 499) * 2 + (male ? 1 : 0);
      const first17 = `450123${birth}${String(sequence).padStart(3, '0')}`;
      const idNumber = first17 + idNumberCheckCharacter(first17);
      if (!this.issued.has(idNumber)) {
        this.issued.add(idNumber);
        return idNumber;
      }
    }
  }
}

function schoolingFor(age: number, people: DemoPeople): Schooling {
  if (age < 6) return 'preschool';
  if (age < 19) return 'in_school';
  return people.pick(['illiterate', 'primary', 'junior_secondary', 'junior_secondary', 'senior_secondary', 'vocational'] as const);
}

async function seedRegions(manager: EntityManager): Promise<Map<string, RegionEntity>> {
  const regions = manager.getRepository(RegionEntity);
  const byCode = new Map<string, RegionEntity>();
  const county = await regions.save(regions.create({ level: 'county', code: COUNTY.code, name: COUNTY.name, parentId: null, groupNumber: null }));
  byCode.set(county.code, county);
  for (const township of TOWNSHIPS) {
    const savedTownship = await regions.save(
      regions.create({ level: 'township', code: township.code, name: township.name, parentId: county.id, groupNumber: null }),
    );
    byCode.set(township.code, savedTownship);
    for (const village of township.villages) {
      const savedVillage = await regions.save(
        regions.create({ level: 'village', code: village.code, name: village.name, parentId: savedTownship.id, groupNumber: null }),
      );
      byCode.set(village.code, savedVillage);
      await regions.save(
        Array.from({ length: village.groups }, (_, index) =>
          regions.create({
            level: 'group',
            code: village.code,
            name: `${GROUP_NAMES[index] ?? String(index + 1)}村民小组`,
            parentId: savedVillage.id,
            groupNumber: index + 1,
          }),
        ),
      );
    }
  }
  return byCode;
}

/**
 * First start of the local demo: one county, two townships, four villages with groups,
 * 200 households, one account per role. Returns false when accounts already exist.
 */
export async function seedDemo(dataSource: DataSource, clock: Clock): Promise<boolean> {
  if ((await dataSource.getRepository(StaffAccountEntity).count({ withDeleted: true })) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const currentYear = Number(chinaDate(clock.now()).slice(0, 4));

  await dataSource.transaction(async (manager) => {
    const regions = await seedRegions(manager);
    const accounts = await manager.getRepository(StaffAccountEntity).save(
      DEMO_ACCOUNTS.map((account) =>
        manager.getRepository(StaffAccountEntity).create({
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          passwordHash,
          regionId: account.regionCode ? (regions.get(account.regionCode)?.id ?? null) : null,
        }),
      ),
    );
    // The county's policy names whom residents may call about a notice (监督电话), as real ones do.
    const countyClerk = accounts.find((account) => account.username === 'county');
    const county = regions.get(COUNTY.code);
    if (countyClerk && county) {
      const settings = { ...DEFAULT_POLICY, publicBoard: { ...DEFAULT_POLICY.publicBoard, contacts: DEMO_CONTACTS } };
      await manager.getRepository(CountyPolicyEntity).save({ countyId: county.id, version: 1, settings, createdBy: countyClerk.id });
    }
    const people = new DemoPeople();
    const villages = TOWNSHIPS.flatMap((township) => township.villages);
    for (const [villageIndex, village] of villages.entries()) {
      const villageRegion = regions.get(village.code) as RegionEntity;
      const groups = await manager.getRepository(RegionEntity).findBy({ parentId: villageRegion.id });
      const clerk = accounts.find((account) => account.username === `village-${villageIndex + 1}`) as StaffAccountEntity;
      for (let index = 0; index < HOUSEHOLDS_PER_VILLAGE; index += 1) {
        await seedHousehold(manager, people, villageRegion, people.pick(groups), clerk, currentYear);
      }
      await seedHistory(manager, villageRegion, clerk, chinaDate(clock.now()));
    }
  });
  return true;
}

/** Enrolled in monitoring this many months before the demo starts: past the six-month guard. */
const DEMO_MONTHS_MONITORED = 7;
/** Registered households per village: enough for an exit case at every stage, and one to spare. */
const DEMO_REGISTERED_PER_VILLAGE = 7;

/**
 * What the village did before the system (demo only): households registered last year whose
 * income has since risen, who can now be proposed for exit; one household exited two years ago
 * and enrolled in monitoring seven months ago, with a measure carried out and monthly income
 * checks above the monitoring line, whose risk elimination can be run today.
 */
async function seedHistory(manager: EntityManager, village: RegionEntity, clerk: StaffAccountEntity, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const withLabour = `EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = h.id AND m.labour_capacity IN ('ordinary', 'skilled'))`;
  const registered = await manager.query<{ id: string }[]>(
    `SELECT h.id FROM household h WHERE h.village_code = $1 AND h.poverty_attribute IS NULL AND ${withLabour} ORDER BY h.id DESC LIMIT ${DEMO_REGISTERED_PER_VILLAGE}`,
    [village.code],
  );
  for (const household of registered) {
    await manager.update(HouseholdEntity, household.id, { status: 'registered', statusSince: `${year - 1}-07-01`, povertyAttribute: 'general', mainCause: 'lack_of_funds' });
  }
  const [monitored] = await manager.query<{ id: string }[]>(`SELECT h.id FROM household h WHERE h.village_code = $1 AND h.poverty_attribute IS NOT NULL AND h.status = 'none' AND ${withLabour} ORDER BY h.id DESC LIMIT 1`, [
    village.code,
  ]);
  if (!monitored) return;
  const enrolledOn = addMonths(today, -DEMO_MONTHS_MONITORED);
  await manager.update(HouseholdEntity, monitored.id, { status: 'monitored', statusSince: enrolledOn, exitYear: year - 2, monitoringObjectType: 'unstable_exited', perCapitaIncome: 8600 });
  await manager.insert(AssistanceMeasureEntity, {
    householdId: monitored.id,
    villageCode: village.code,
    kind: 'public_welfare_job',
    description: '安排公益性岗位 (护林员)',
    department: '县人社局',
    amount: 6000,
    status: 'done',
    doneOn: addMonths(enrolledOn, 1),
    recordedBy: clerk.id,
  });
  for (let month = 0; month <= DEMO_MONTHS_MONITORED - 1; month += 1) {
    await manager.insert(IncomeCheckEntity, { householdId: monitored.id, checkedOn: addMonths(enrolledOn, month), perCapitaIncome: 8200 + month * 50, source: 'monitoring_visit', recordedBy: clerk.id });
  }
}

async function seedHousehold(
  manager: EntityManager,
  people: DemoPeople,
  village: RegionEntity,
  group: RegionEntity,
  clerk: StaffAccountEntity,
  currentYear: number,
): Promise<void> {
  const poor = people.chance(0.35);
  const household = await manager.getRepository(HouseholdEntity).save(
    manager.getRepository(HouseholdEntity).create({
      villageId: village.id,
      groupId: group.id,
      villageCode: village.code,
      povertyAttribute: poor ? people.pick(['general', 'general', 'dibao', 'tekun'] as const) : null,
      mainCause: poor ? people.pick(POVERTY_CAUSE.values) : null,
      perCapitaIncome: poor ? people.int(2200, 4200) : people.int(4500, 16000),
      foodSecure: true,
      clothingSecure: true,
      educationSecure: !poor || people.chance(0.7),
      medicalSecure: !poor || people.chance(0.7),
      housingSecure: !poor || people.chance(0.6),
      drinkingWaterSecure: !poor || people.chance(0.8),
    }),
  );
  const surname = people.pick([...SURNAMES]);
  const headAge = people.int(28, 75);
  const headMale = people.chance(0.85);
  const members: { relation: Relation; age: number; male: boolean; surname: string }[] = [
    { relation: 'head', age: headAge, male: headMale, surname },
  ];
  if (people.chance(0.85)) members.push({ relation: 'spouse', age: headAge + people.int(-4, 4), male: !headMale, surname: people.pick([...SURNAMES]) });
  for (let child = people.int(0, 3); child > 0 && headAge > 22; child -= 1) {
    const male = people.chance(0.5);
    members.push({ relation: male ? 'son' : 'daughter', age: Math.max(0, headAge - people.int(22, 32)), male, surname });
  }
  if (headAge < 50 && people.chance(0.3)) members.push({ relation: 'parent', age: headAge + people.int(24, 30), male: people.chance(0.4), surname });

  const saved = await manager.getRepository(HouseholdMemberEntity).save(
    members.map((member) => {
      const idNumber = people.idNumber(currentYear - member.age, member.male);
      const unwell = poor && people.chance(0.25);
      return manager.getRepository(HouseholdMemberEntity).create({
        householdId: household.id,
        name: people.name(member.surname),
        idNumber,
        relation: member.relation,
        sex: member.male ? 'male' : 'female',
        birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
        health: unwell ? people.pick(['chronic_illness', 'serious_illness', 'disabled'] as const) : 'healthy',
        labourCapacity: member.age < 16 || member.age > 70 ? 'none' : unwell ? 'lost' : people.pick(['ordinary', 'ordinary', 'skilled'] as const),
        schooling: schoolingFor(member.age, people),
        phone: member.age >= 18 && people.chance(0.7) ? `1${people.pick(['38', '39', '58', '77', '88'])}${String(people.int(0, 99_999_999)).padStart(8, '0')}` : null,
      });
    }),
  );
  const changeLog = manager.getRepository(HouseholdChangeEntity);
  await changeLog.save(
    changeLog.create({
      householdId: household.id,
      accountId: clerk.id,
      action: 'registered',
      changes: { household: [null, { groupId: group.id, members: saved.map((member) => member.id) }] },
    }),
  );
}

/**
 * Local demo: a county policy whose publicity windows last `seconds` (DEMO_WINDOW_SECONDS), so
 * a notice can be watched closing by itself; without it, the policy goes back to days.
 * Cases keep the policy they started with, so only cases opened afterwards are affected.
 */
export async function applyDemoWindow(dataSource: DataSource, seconds: number | null): Promise<void> {
  const [county] = await dataSource.query<{ id: string }[]>(`SELECT id FROM region WHERE level = 'county' AND code = $1`, [COUNTY.code]);
  const [clerk] = await dataSource.query<{ id: string }[]>(`SELECT id FROM staff_account WHERE username = 'county'`);
  if (!county || !clerk) return;
  const policies = dataSource.getRepository(CountyPolicyEntity);
  const latest = await policies.findOne({ where: { countyId: county.id }, order: { version: 'DESC' } });
  const current = latest?.settings ?? DEFAULT_POLICY;
  if ((current.demoWindowSeconds ?? null) === seconds) return;
  await policies.save({ countyId: county.id, version: (latest?.version ?? 0) + 1, settings: { ...DEFAULT_POLICY, ...current, demoWindowSeconds: seconds }, createdBy: clerk.id });
}
