import type { Response } from 'supertest';
import { AccessDenialEntity } from '../src/audit/access-denial.entity';
import { HouseholdChangeEntity } from '../src/households/household-change.entity';
import { HouseholdMemberEntity } from '../src/households/household-member.entity';
import { HouseholdEntity } from '../src/households/household.entity';
import type { RegionEntity } from '../src/regions/region.entity';
import { aMember, anIdNumber, createAccount, PASSWORD, seedRegionTree, type RegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

type Target = 'villageA1' | 'villageA2' | 'villageB1' | 'otherCounty';
type Role = 'county' | 'townshipA' | 'villageA1';

/** Which targets each staff account may act on: its own subtree only. */
const INSIDE: Record<Role, Target[]> = {
  county: ['villageA1', 'villageA2', 'villageB1'],
  townshipA: ['villageA1', 'villageA2'],
  villageA1: ['villageA1'],
};

interface Place {
  village: RegionEntity;
  group: RegionEntity;
}

interface Fixture {
  householdId: string;
  headId: string;
  spouseId: string;
  place: Place;
}

/** Each request of the matrix, given a fresh household in the target place. */
const HOUSEHOLD_ENDPOINTS: [string, (sut: TestApp, token: string, fixture: Fixture) => Promise<Response>][] = [
  ['GET /households/:id', (sut, token, f) => sut.as(token).get(`/households/${f.householdId}`)],
  ['PATCH /households/:id', (sut, token, f) => sut.as(token).patch(`/households/${f.householdId}`).send({ perCapitaIncome: 1234 })],
  ['GET /households/:id/history', (sut, token, f) => sut.as(token).get(`/households/${f.householdId}/history`)],
  ['POST /households/:id/members', (sut, token, f) => sut.as(token).post(`/households/${f.householdId}/members`).send(aMember({ relation: 'son' }))],
  ['PATCH /households/:id/members/:id', (sut, token, f) => sut.as(token).patch(`/households/${f.householdId}/members/${f.spouseId}`).send({ name: '改名' })],
  ['DELETE /households/:id/members/:id', (sut, token, f) => sut.as(token).delete(`/households/${f.householdId}/members/${f.spouseId}`)],
  ['POST /households/:id/head', (sut, token, f) => sut.as(token).post(`/households/${f.householdId}/head`).send({ memberId: f.spouseId, formerHeadRelation: 'spouse' })],
  ['POST /households', (sut, token, f) => sut.as(token).post('/households').send({ groupId: f.place.group.id, members: [aMember()] })],
  ['GET /households?regionId', (sut, token, f) => sut.as(token).get('/households').query({ regionId: f.place.village.id })],
  ['GET /regions/:id', (sut, token, f) => sut.as(token).get(`/regions/${f.place.village.id}`)],
  ['GET /regions?parentId', (sut, token, f) => sut.as(token).get('/regions').query({ parentId: f.place.village.id })],
];

describe('Jurisdiction (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  const tokens = {} as Record<Role | 'admin', string>;
  let places: Record<Target, Place>;

  beforeAll(async () => {
    sut = await startTestApp();
    tree = await seedRegionTree(sut.dataSource);
    places = {
      villageA1: { village: tree.villageA1, group: tree.groupA1 },
      villageA2: { village: tree.villageA2, group: tree.groupA2 },
      villageB1: { village: tree.villageB1, group: tree.groupB1 },
      otherCounty: { village: tree.villageOtherCounty, group: tree.groupOtherCounty },
    };
    await createAccount(sut.dataSource, 'admin', 'admin', null);
    await createAccount(sut.dataSource, 'county', 'county', tree.county);
    await createAccount(sut.dataSource, 'township-a', 'township', tree.townshipA);
    await createAccount(sut.dataSource, 'village-a1', 'village', tree.villageA1);
    tokens.admin = await sut.login('admin', PASSWORD);
    tokens.county = await sut.login('county', PASSWORD);
    tokens.townshipA = await sut.login('township-a', PASSWORD);
    tokens.villageA1 = await sut.login('village-a1', PASSWORD);
  });

  afterAll(() => sut.close());

  /** Written straight to the database: the matrix must not depend on who may register. */
  async function householdIn(place: Place): Promise<Fixture> {
    const household = await sut.dataSource.getRepository(HouseholdEntity).save({ villageId: place.village.id, groupId: place.group.id, villageCode: place.village.code });
    const members = sut.dataSource.getRepository(HouseholdMemberEntity);
    const member = (relation: 'head' | 'spouse') => {
      const idNumber = anIdNumber();
      return members.save({ householdId: household.id, name: '测试', idNumber, relation, sex: 'male' as const, birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, health: 'healthy' as const, labourCapacity: 'ordinary' as const, schooling: 'primary' as const });
    };
    const head = await member('head');
    const spouse = await member('spouse');
    return { householdId: household.id, headId: head.id, spouseId: spouse.id, place };
  }

  const roles: Role[] = ['county', 'townshipA', 'villageA1'];
  const targets: Target[] = ['villageA1', 'villageA2', 'villageB1', 'otherCounty'];
  const cases = roles.flatMap((role) =>
    targets.flatMap((target) => HOUSEHOLD_ENDPOINTS.map(([name]) => [role, target, name, INSIDE[role].includes(target)] as const)),
  );

  it.each(cases)('%s on %s: %s (inside: %s)', async (role, target, name, inside) => {
    const fixture = await householdIn(places[target]);
    const call = HOUSEHOLD_ENDPOINTS.find(([endpoint]) => endpoint === name)?.[1];
    const before = await sut.dataSource.getRepository(HouseholdChangeEntity).countBy({ householdId: fixture.householdId });
    const deniedBefore = await sut.dataSource.getRepository(AccessDenialEntity).count();

    const response = await call!(sut, tokens[role], fixture);

    if (inside) {
      expect(response.status).toBeLessThan(300);
      return;
    }
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'OUTSIDE_JURISDICTION', message: expect.stringContaining('管辖范围') as string });
    // Refused and logged, and nothing changed.
    expect(await sut.dataSource.getRepository(AccessDenialEntity).count()).toBe(deniedBefore + 1);
    expect(await sut.dataSource.getRepository(HouseholdChangeEntity).countBy({ householdId: fixture.householdId })).toBe(before);
    const members = await sut.dataSource.getRepository(HouseholdMemberEntity).findBy({ householdId: fixture.householdId });
    expect(members.map((member) => [member.relation, member.name]).sort()).toEqual([['head', '测试'], ['spouse', '测试']]);
  });

  it('logs who tried what, where', async () => {
    const fixture = await householdIn(places.villageB1);
    const response = await sut.as(tokens.villageA1).get(`/households/${fixture.householdId}`).set('x-request-id', 'probe-42');
    expect(response.status).toBe(403);
    const denial = await sut.dataSource.getRepository(AccessDenialEntity).findOneByOrFail({ requestId: 'probe-42' });
    expect(denial).toMatchObject({ role: 'village', code: 'OUTSIDE_JURISDICTION', action: `GET /households/${fixture.householdId}`, targetRegionCode: tree.villageB1.code });
  });

  it('lists only the households inside the jurisdiction', async () => {
    for (const target of targets) await householdIn(places[target]);
    for (const role of roles) {
      const response = await sut.as(tokens[role]).get('/households').query({ limit: 200 });
      const codes = new Set((response.body as { items: { villageCode: string }[] }).items.map((item) => item.villageCode));
      expect([...codes].sort()).toEqual(INSIDE[role].map((target) => places[target].village.code).sort());
    }
  });

  it('shows each account its own region as the root', async () => {
    const township = await sut.as(tokens.townshipA).get('/regions');
    expect((township.body as { items: { id: string }[]; total: number }).items.map((region) => region.id)).toEqual([tree.townshipA.id]);
    const admin = await sut.as(tokens.admin).get('/regions');
    expect(admin.body).toMatchObject({ total: 2, items: [{ code: '450123000000' }, { code: '450124000000' }] });
  });

  describe('roles', () => {
    it.each([
      ['GET /households', (token: string) => sut.as(token).get('/households')],
      ['POST /households', (token: string) => sut.as(token).post('/households').send({ groupId: tree.groupA1.id, members: [aMember()] })],
    ])('refuses admins on the registry: %s', async (_name, call) => {
      const response = await call(tokens.admin);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    });

    it.each(['county', 'townshipA', 'villageA1'] as const)('refuses %s on region and account administration', async (role) => {
      const token = tokens[role];
      const calls = [
        sut.as(token).post('/regions').send({ level: 'township', code: '450123300000', name: '丙镇', parentId: tree.county.id }),
        sut.as(token).patch(`/regions/${tree.villageA1.id}`).send({ name: '改名村' }),
        sut.as(token).post('/regions/import').send({ regions: [{ code: '450123300000', name: '丙镇' }] }),
        sut.as(token).get('/accounts'),
        sut.as(token).post('/accounts').send({ username: 'x-user', displayName: 'x', password: 'long enough pw', role: 'admin' }),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
      }
      const unchanged = await sut.dataSource.query<{ name: string }[]>('SELECT name FROM region WHERE id = $1', [tree.villageA1.id]);
      expect(unchanged[0]?.name).toBe('甲一村');
    });

    it('lets admins read any region', async () => {
      const response = await sut.as(tokens.admin).get(`/regions/${tree.villageB2.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ code: tree.villageB2.code, children: [{ level: 'group', groupNumber: 1 }] });
    });
  });
});
