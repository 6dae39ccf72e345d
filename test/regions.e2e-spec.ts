import { RegionEntity } from '../src/regions/region.entity';
import { createAccount, PASSWORD } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface RegionBody {
  id: string;
  code: string;
  level: string;
}

describe('Regions (e2e)', () => {
  let sut: TestApp;
  let admin: string;

  beforeAll(async () => {
    sut = await startTestApp();
    await createAccount(sut.dataSource, 'root', 'admin', null);
    admin = await sut.login('root', PASSWORD);
  });

  afterAll(() => sut.close());

  const create = (body: object) => sut.as(admin).post('/regions').send(body);
  const count = () => sut.dataSource.getRepository(RegionEntity).count();

  it('builds a tree node by node and refuses codes that do not nest', async () => {
    const county = (await create({ level: 'county', code: '520101000000', name: '甲县' })).body as RegionBody;
    const township = await create({ level: 'township', code: '520101001000', name: '甲镇', parentId: county.id });
    expect(township.status).toBe(201);
    const townshipId = (township.body as RegionBody).id;
    const village = await create({ level: 'village', code: '520101001201', name: '甲村', parentId: townshipId });
    expect(village.status).toBe(201);
    const group = await create({ level: 'group', name: '一组', parentId: (village.body as RegionBody).id, groupNumber: 1 });
    expect(group.status).toBe(201);
    expect(group.body).toMatchObject({ code: '520101001201', groupNumber: 1 });

    const before = await count();
    const cases: [object, string, string][] = [
      [{ level: 'village', code: '520101002201', name: '别镇的村', parentId: townshipId }, 'code', '前缀 520101001'],
      [{ level: 'village', code: '520101001000', name: '形状不对', parentId: townshipId }, 'code', '不是村级代码'],
      [{ level: 'village', code: '520101001202', name: '挂在县下', parentId: county.id }, 'parentId', '上级必须是乡镇级'],
      [{ level: 'group', name: '无编号', parentId: (village.body as RegionBody).id }, 'groupNumber', '必须有编号'],
      [{ level: 'county', code: '5201010000', name: '短' }, 'code', '12 位'],
    ];
    for (const [body, field, reason] of cases) {
      const response = await create(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ errors: [{ field, reason: expect.stringContaining(reason) as string }] });
    }
    expect(await count()).toBe(before);
  });

  it('refuses a duplicate code or group number with 409', async () => {
    const county = (await create({ level: 'county', code: '530102000000', name: '乙县' })).body as RegionBody;
    const again = await create({ level: 'county', code: '530102000000', name: '乙县二' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'REGION_CODE_TAKEN' });
    const township = (await create({ level: 'township', code: '530102001000', name: '乙镇', parentId: county.id })).body as RegionBody;
    const village = (await create({ level: 'village', code: '530102001201', name: '乙村', parentId: township.id })).body as RegionBody;
    await create({ level: 'group', name: '一组', parentId: village.id, groupNumber: 1 });
    expect((await create({ level: 'group', name: '又一组', parentId: village.id, groupNumber: 1 })).status).toBe(409);
  });

  it('imports a JSON tree, and again without duplicating it (renames only)', async () => {
    const tree = {
      regions: [
        {
          code: '450223000000',
          name: '丙县',
          children: [
            { code: '450223100000', name: '丙镇', children: [{ code: '450223100201', name: '丙村', groups: [{ number: 1, name: '一组' }, { number: 2, name: '二组' }] }] },
          ],
        },
      ],
    };
    const first = await sut.as(admin).post('/regions/import').send(tree);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: 5, renamed: 0, unchanged: 0 });
    // The answer names what it created, with ids a client can use at once, parents first.
    const created = (first.body as { createdRegions: { id: string; level: string; code: string; parentId: string | null; groupNumber: number | null }[] }).createdRegions;
    expect(created.map((region) => [region.level, region.code, region.groupNumber])).toEqual([
      ['county', '450223000000', null],
      ['township', '450223100000', null],
      ['village', '450223100201', null],
      ['group', '450223100201', 1],
      ['group', '450223100201', 2],
    ]);
    expect(created[1]?.parentId).toBe(created[0]?.id);
    expect((await sut.as(admin).get(`/regions/${created[3]?.id ?? ''}`)).status).toBe(200);
    const renamedTree = JSON.parse(JSON.stringify(tree).replace('丙村', '丙家村')) as typeof tree;
    const second = await sut.as(admin).post('/regions/import').send(renamedTree);
    expect(second.body).toEqual({ created: 0, renamed: 1, unchanged: 4, createdRegions: [] });

    // By statistical code, and as one tree for a region picker.
    const byCode = (await sut.as(admin).get('/regions').query({ code: '450223100201' })).body as { items: { level: string }[]; total: number };
    expect(byCode).toMatchObject({ total: 3, items: [{ level: 'village' }, { level: 'group' }, { level: 'group' }] });
    expect((await sut.as(admin).get('/regions').query({ code: '4502231' })).body).toMatchObject({ errors: [{ field: 'code' }] });
    const picker = (await sut.as(admin).get(`/regions/${created[0]?.id ?? ''}/tree`)).body as { name: string; children: { name: string; children: { name: string; children: { name: string }[] }[] }[] };
    expect(picker.name).toBe('丙县');
    expect(picker.children[0]?.children[0]).toMatchObject({ name: '丙家村', children: [{ name: '一组' }, { name: '二组' }] });
  });

  it('imports CSV into an existing township', async () => {
    await sut.as(admin).post('/regions/import').send({ regions: [{ code: '450323000000', name: '丁县', children: [{ code: '450323100000', name: '丁镇' }] }] });
    const csv = 'code,name,group_number\n450323100201,丁村,\n450323100201,第一组,1\n450323100201,第二组,2\n';
    const response = await sut.as(admin).post('/regions/import').set('content-type', 'text/csv').send(csv);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ created: 3, renamed: 0, unchanged: 0 });
  });

  it('imports nothing when any row is wrong, naming each bad row', async () => {
    const before = await count();
    const csv = 'code,name,group_number\n450423000000,戊县,\n450423100000,戊镇,\n450423100201,戊村,\n450499100202,孤村,\n';
    const response = await sut.as(admin).post('/regions/import').set('content-type', 'text/csv').send(csv);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: [{ field: 'row 5', reason: expect.stringContaining('上级区划 450499100000 不存在') as string }] });
    expect(await count()).toBe(before);

    const badJson = await sut.as(admin).post('/regions/import').send({ regions: [{ code: '450523000000', name: '己县', children: [{ code: '450623100000', name: '错镇' }] }] });
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ errors: [{ field: 'regions[0].children[0].code' }] });
    const unknownField = await sut.as(admin).post('/regions/import').send({ regions: [{ code: '450523000000', name: '己县', extra: 1 }] });
    expect(unknownField.body).toMatchObject({ errors: [{ field: 'regions[0].extra', reason: '不允许的字段' }] });
    expect(await count()).toBe(before);
  });

  it('renames a region', async () => {
    const county = (await create({ level: 'county', code: '450723000000', name: '庚县' })).body as RegionBody;
    const response = await sut.as(admin).patch(`/regions/${county.id}`).send({ name: '庚新县' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: '庚新县' });
  });
});
