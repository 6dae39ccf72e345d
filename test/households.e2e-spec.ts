import { HouseholdChangeEntity } from '../src/households/household-change.entity';
import { HouseholdEntity } from '../src/households/household.entity';
import { idNumberCheckCharacter } from '../src/households/id-number.util';
import type { HouseholdView } from '../src/households/household.view';
import { aMember, anIdNumber, createAccount, PASSWORD, seedRegionTree, type RegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface Problem {
  field: string;
  reason: string;
}

describe('Households (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let village: string;

  beforeAll(async () => {
    sut = await startTestApp();
    tree = await seedRegionTree(sut.dataSource);
    await createAccount(sut.dataSource, 'clerk-a1', 'village', tree.villageA1);
    village = await sut.login('clerk-a1', PASSWORD);
  });

  afterAll(() => sut.close());

  async function register(body: object) {
    return sut.as(village).post('/households').send(body);
  }

  async function registered(members = [aMember()]): Promise<HouseholdView> {
    const response = await register({ groupId: tree.groupA1.id, members });
    expect(response.status).toBe(201);
    return response.body as HouseholdView;
  }

  const countHouseholds = () => sut.dataSource.getRepository(HouseholdEntity).count();

  describe('registering', () => {
    it('registers a household with its members, deriving sex and birth date from the ID numbers', async () => {
      const headId = anIdNumber({ birth: '19800315', male: true });
      const wifeId = anIdNumber({ birth: '19820704', male: false });
      const response = await register({
        groupId: tree.groupA1.id,
        members: [
          aMember({ name: '韦建国', idNumber: headId, phone: '13800138000' }),
          aMember({ name: '黄秀英', idNumber: wifeId, relation: 'spouse', health: 'chronic_illness', sex: 'female', birthDate: '1982-07-04' }),
        ],
        povertyAttribute: 'general',
        mainCause: 'illness',
        perCapitaIncome: 3200.5,
        livingConditions: { food: true, clothing: true, housing: false },
      });

      expect(response.status).toBe(201);
      const household = response.body as HouseholdView;
      expect(household).toMatchObject({
        villageId: tree.villageA1.id,
        villageCode: tree.villageA1.code,
        groupId: tree.groupA1.id,
        status: 'none',
        povertyAttribute: 'general',
        mainCause: 'illness',
        perCapitaIncome: 3200.5,
        livingConditions: { food: true, clothing: true, education: null, medical: null, housing: false, drinkingWater: null },
      });
      expect(household.members.map((member) => [member.name, member.relation, member.sex, member.birthDate])).toEqual([
        ['韦建国', 'head', 'male', '1980-03-15'],
        ['黄秀英', 'spouse', 'female', '1982-07-04'],
      ]);

      const fetched = await sut.as(village).get(`/households/${household.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(household);
    });

    it('stores a lower-case x check character upper-cased', async () => {
      const first17 = '45012319900101002';
      const check = idNumberCheckCharacter(first17);
      const idNumber = check === 'X' ? `${first17}x` : first17 + check;
      const household = await registered([aMember({ idNumber })]);
      expect(household.members[0]?.idNumber).toBe(idNumber.toUpperCase());
    });

    const valid = anIdNumber();
    it.each([
      ['wrong check character', `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`, '校验码错误'],
      ['impossible date', `45012319810230${'0011'}`, '不是有效日期'],
      ['17 characters', valid.slice(0, 17), '18 位'],
      ['19 characters', `${valid}1`, '18 位'],
      ['letters', `4501231980A315001${'1'}`, '前 17 位必须是数字'],
      ['unknown province', `99${valid.slice(2)}`, '地区码'],
    ])('refuses an ID number with %s, naming the field, and stores nothing', async (_case, idNumber, reason) => {
      const before = await countHouseholds();
      const response = await register({ groupId: tree.groupA1.id, members: [aMember(), aMember({ relation: 'son', idNumber })] });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect((response.body as { errors: Problem[] }).errors).toEqual([
        { field: 'members[1].idNumber', reason: expect.stringContaining(reason) as string },
      ]);
      expect(await countHouseholds()).toBe(before);
    });

    it('refuses a stated sex or birth date that contradicts the ID number', async () => {
      const idNumber = anIdNumber({ birth: '19700101', male: true });
      const response = await register({ groupId: tree.groupA1.id, members: [aMember({ idNumber, sex: 'female', birthDate: '1970-01-02' })] });
      expect(response.status).toBe(400);
      expect((response.body as { errors: Problem[] }).errors.map((error) => error.field)).toEqual([
        'members[0].sex',
        'members[0].birthDate',
      ]);
    });

    it.each([
      ['no head', [aMember({ relation: 'spouse' })]],
      ['two heads', [aMember(), aMember()]],
    ])('refuses a household with %s', async (_case, members) => {
      const response = await register({ groupId: tree.groupA1.id, members });
      expect(response.status).toBe(400);
      expect((response.body as { errors: Problem[] }).errors[0]?.field).toBe('members');
    });

    it('refuses the same person twice in one household', async () => {
      const idNumber = anIdNumber();
      const response = await register({ groupId: tree.groupA1.id, members: [aMember({ idNumber }), aMember({ idNumber, relation: 'son' })] });
      expect(response.status).toBe(400);
      expect((response.body as { errors: Problem[] }).errors).toEqual([{ field: 'members[1].idNumber', reason: expect.stringContaining('重复') as string }]);
    });

    it('refuses a person who already belongs to another household, naming that household', async () => {
      const holder = await registered();
      const idNumber = holder.members[0]?.idNumber ?? '';
      const response = await register({ groupId: tree.groupA1.id, members: [aMember(), aMember({ idNumber, relation: 'son' })] });
      expect(response.status).toBe(409);
      // The field that names the person, and where that person is registered.
      expect(response.body).toMatchObject({
        code: 'PERSON_IN_OTHER_HOUSEHOLD',
        householdId: holder.id,
        idNumber,
        field: 'members[1].idNumber',
        registeredIn: { villageCode: tree.villageA1.code, village: tree.villageA1.name, group: '一组', groupNumber: 1 },
        errors: [{ field: 'members[1].idNumber', reason: `此人已登记在${tree.villageA1.name}一组的农户中` }],
      });
    });

    it.each([
      ['an unknown field', { groupId: 'x', members: [], extra: 1 }, 'extra', '不允许的字段'],
      ['a malformed group id', { groupId: 'not-a-uuid', members: [aMember()] }, 'groupId', 'UUID'],
      ['an unknown health value', { members: [aMember({ health: 'fine' as never })] }, 'members[0].health', '取值必须是以下之一'],
      ['a negative income', { members: [aMember()], perCapitaIncome: -1 }, 'perCapitaIncome', '不能小于'],
      ['a bad phone', { members: [aMember({ phone: '12345' })] }, 'members[0].phone', '手机号'],
    ])('refuses %s with the field and the reason', async (_case, body, field, reason) => {
      const response = await register({ groupId: tree.groupA1.id, ...body });
      expect(response.status).toBe(400);
      expect((response.body as { errors: Problem[] }).errors).toContainEqual({ field, reason: expect.stringContaining(reason) as string });
    });

    it('refuses a group that does not exist', async () => {
      const response = await register({ groupId: tree.villageA1.id, members: [aMember()] });
      expect(response.status).toBe(400);
      expect((response.body as { errors: Problem[] }).errors).toEqual([{ field: 'groupId', reason: '村民小组不存在' }]);
    });

    it('answers malformed JSON with 400', async () => {
      const response = await sut.as(village).post('/households').set('content-type', 'application/json').send('{"groupId":');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });

  describe('changing', () => {
    it('updates facts and keeps who changed what', async () => {
      const household = await registered();
      const response = await sut
        .as(village)
        .patch(`/households/${household.id}`)
        .send({ perCapitaIncome: 4100, livingConditions: { housing: true }, mainCause: 'lack_of_funds' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ perCapitaIncome: 4100, mainCause: 'lack_of_funds', livingConditions: { housing: true }, version: household.version + 1 });

      const history = await sut.as(village).get(`/households/${household.id}/history`);
      expect(history.status).toBe(200);
      const entries = history.body as { action: string; username: string; changes: Record<string, unknown> }[];
      expect(entries.map((entry) => entry.action)).toEqual(['registered', 'updated']);
      expect(entries[1]).toMatchObject({
        username: 'clerk-a1',
        changes: { perCapitaIncome: [null, 4100], housingSecure: [null, true], mainCause: [null, 'lack_of_funds'] },
      });
    });

    it('records nothing when an update changes nothing', async () => {
      const household = await registered();
      await sut.as(village).patch(`/households/${household.id}`).send({ groupId: tree.groupA1.id });
      expect(await sut.dataSource.getRepository(HouseholdChangeEntity).countBy({ householdId: household.id })).toBe(1);
    });

    it('moves a household to another group of the village', async () => {
      const household = await registered();
      const groups = await sut.as(village).get(`/regions?parentId=${tree.villageA1.id}`);
      const second = (groups.body as { items: { id: string; groupNumber: number }[] }).items.find((group) => group.groupNumber === 2);
      const response = await sut.as(village).patch(`/households/${household.id}`).send({ groupId: second?.id });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ groupId: second?.id });
    });

    it('adds, corrects and removes members, and changes the head', async () => {
      const household = await registered();
      const childId = anIdNumber({ birth: '20100505', male: false });
      const added = await sut.as(village).post(`/households/${household.id}/members`).send(aMember({ name: '韦小红', idNumber: childId, relation: 'daughter', schooling: 'in_school' }));
      expect(added.status).toBe(201);
      const child = (added.body as HouseholdView).members.find((member) => member.idNumber === childId);
      expect(child).toMatchObject({ sex: 'female', birthDate: '2010-05-05' });

      const corrected = await sut.as(village).patch(`/households/${household.id}/members/${child?.id}`).send({ name: '韦小虹' });
      expect(corrected.status).toBe(200);
      expect((corrected.body as HouseholdView).members.map((member) => member.name)).toContain('韦小虹');

      const headChange = await sut.as(village).post(`/households/${household.id}/head`).send({ memberId: child?.id, formerHeadRelation: 'parent' });
      expect(headChange.status).toBe(201);
      expect((headChange.body as HouseholdView).members.map((member) => [member.name, member.relation])).toEqual([
        ['韦小虹', 'head'],
        ['韦建国', 'parent'],
      ]);

      const formerHead = (headChange.body as HouseholdView).members[1];
      const removed = await sut.as(village).delete(`/households/${household.id}/members/${formerHead?.id}`);
      expect(removed.status).toBe(200);
      expect((removed.body as HouseholdView).members).toHaveLength(1);

      const history = await sut.as(village).get(`/households/${household.id}/history`);
      expect((history.body as { action: string }[]).map((entry) => entry.action)).toEqual([
        'registered',
        'member_added',
        'member_updated',
        'head_changed',
        'member_removed',
      ]);
      expect((removed.body as HouseholdView).version).toBe(household.version + 4);
    });

    it('refuses to remove the head, add a second head, or make a member head by editing', async () => {
      const household = await registered([aMember(), aMember({ relation: 'spouse' })]);
      const [head, spouse] = household.members;
      const removeHead = await sut.as(village).delete(`/households/${household.id}/members/${head?.id}`);
      expect(removeHead.status).toBe(400);
      const secondHead = await sut.as(village).post(`/households/${household.id}/members`).send(aMember());
      expect(secondHead.status).toBe(400);
      expect((secondHead.body as { errors: Problem[] }).errors[0]?.field).toBe('relation');
      const promote = await sut.as(village).patch(`/households/${household.id}/members/${spouse?.id}`).send({ relation: 'head' });
      expect(promote.status).toBe(400);
      const unchanged = await sut.as(village).get(`/households/${household.id}`);
      expect(unchanged.body).toEqual(household);
    });

    it('refuses to move a member into a second household', async () => {
      const first = await registered();
      const second = await registered();
      const response = await sut.as(village).post(`/households/${second.id}/members`).send(aMember({ idNumber: first.members[0]?.idNumber, relation: 'sibling' }));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'PERSON_IN_OTHER_HOUSEHOLD', householdId: first.id });
    });

    it('answers 404 for an unknown household and 400 for a malformed id', async () => {
      expect((await sut.as(village).get('/households/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      const malformed = await sut.as(village).get('/households/42');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ errors: [{ field: 'id', reason: '必须是 UUID 格式的编号' }] });
    });
  });

  describe('listing', () => {
    it('pages through every household of a group with a keyset cursor, without repeats', async () => {
      const groupB = ((await sut.as(village).get(`/regions?parentId=${tree.villageA1.id}`)).body as { items: { id: string; groupNumber: number }[] }).items;
      const groupTwo = groupB.find((group) => group.groupNumber === 2)?.id ?? '';
      const created: string[] = [];
      for (let index = 0; index < 7; index += 1) {
        const response = await register({ groupId: groupTwo, members: [aMember({ name: `覃${index}` })] });
        created.push((response.body as HouseholdView).id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string | number> = { regionId: groupTwo, limit: 3 };
        if (cursor) query.cursor = cursor;
        const page = await sut.as(village).get('/households').query(query);
        expect(page.status).toBe(200);
        const body = page.body as { items: { id: string; size: number }[]; nextCursor: string | null };
        seen.push(...body.items.map((item) => item.id));
        cursor = body.nextCursor;
      } while (cursor);
      expect(seen.length).toBeGreaterThanOrEqual(7);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(created));
    });

    it('filters by head name and attribute', async () => {
      await registered([aMember({ name: '莫独一' })]);
      const response = await sut.as(village).get('/households').query({ headName: '独一' });
      expect(response.status).toBe(200);
      expect((response.body as { items: { headName: string }[] }).items.map((item) => item.headName)).toEqual(['莫独一']);
      const none = await sut.as(village).get('/households').query({ headName: '独一', povertyAttribute: 'tekun' });
      expect((none.body as { items: unknown[] }).items).toEqual([]);
    });

    it('refuses a forged cursor', async () => {
      const response = await sut.as(village).get('/households').query({ cursor: 'bm90LWEtY3Vyc29y' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ errors: [{ field: 'cursor' }] });
    });
  });
});
