import { waitFor } from './support/wait-for';
import { createAccount, PASSWORD, seedRegionTree, type RegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** An administrator moving staff between offices (its own app: logins are limited per client and minute). */
describe('Staff accounts changing office (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let admin: string;

  beforeAll(async () => {
    sut = await startTestApp();
    tree = await seedRegionTree(sut.dataSource);
    await createAccount(sut.dataSource, 'root', 'admin', null);
    admin = await sut.login('root', PASSWORD);
  });

  afterAll(() => sut.close());

  const newAccount = (username: string) => sut.as(admin).post('/accounts').send({ username, displayName: '测试', password: 'a long password', role: 'village', regionId: tree.villageA1.id });

  it('moves an account to another role and jurisdiction, checked like a new one, ending its old sessions', async () => {
    const created = await newAccount('mover');
    const id = (created.body as { id: string }).id;
    const token = await sut.login('mover', 'a long password');
    const mismatched = await sut.as(admin).patch(`/accounts/${id}`).send({ role: 'township', regionId: tree.villageA2.id });
    expect(mismatched.status).toBe(400);
    expect(mismatched.body).toMatchObject({ errors: [{ field: 'regionId', reason: expect.stringContaining('乡镇') as string }] });
    expect((await sut.as(token).get('/me')).body).toMatchObject({ role: 'village' });

    const moved = await sut.as(admin).patch(`/accounts/${id}`).send({ role: 'township', regionId: tree.townshipA.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ role: 'township', region: { code: tree.townshipA.code } });
    expect((await sut.as(token).get('/me')).status).toBe(401);
    expect((await sut.as(admin).get(`/accounts/${id}`)).body).toMatchObject({ role: 'township', region: { code: tree.townshipA.code } });
    // Only the jurisdiction: the role stays and the new region must fit it.
    expect((await sut.as(admin).patch(`/accounts/${id}`).send({ regionId: tree.townshipB.id })).body).toMatchObject({ role: 'township', region: { code: tree.townshipB.code } });
    expect((await sut.as(admin).patch(`/accounts/${id}`).send({ regionId: tree.villageB1.id })).status).toBe(400);
  });

  it('ends the sessions of an account removed or disabled, whatever the token still says', async () => {
    const removed = (await newAccount('leaver')).body as { id: string };
    const disabled = (await newAccount('paused')).body as { id: string };
    const tokens = { removed: await sut.login('leaver', 'a long password'), disabled: await sut.login('paused', 'a long password') };
    expect((await sut.as(tokens.removed).get('/me')).status).toBe(200);
    expect((await sut.as(tokens.disabled).get('/me')).status).toBe(200);
    // Marked in the table alone (the token's version unchanged), behind the API's back: the cached
    // accounts are forgotten when PostgreSQL tells of the change (the cache itself keeps them ten minutes here).
    await sut.dataSource.query(`UPDATE staff_account SET deleted_at = now() WHERE id = $1`, [removed.id]);
    await sut.dataSource.query(`UPDATE staff_account SET disabled = true WHERE id = $1`, [disabled.id]);
    await waitFor('the change to be heard', async () => (await sut.as(tokens.removed).get('/me')).status === 401, 2000);
    expect((await sut.as(tokens.disabled).get('/me')).status).toBe(401);
  });

  it('listens again after losing its connection, and hears the changes made after', async () => {
    const account = (await newAccount('listener')).body as { id: string };
    const token = await sut.login('listener', 'a long password');
    expect((await sut.as(token).get('/me')).status).toBe(200);
    const listeners = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`;
    const [before] = await sut.dataSource.query<{ pid: number }[]>(listeners);
    expect(before).toBeDefined();
    await sut.dataSource.query(`SELECT pg_terminate_backend($1)`, [before?.pid]);
    await waitFor('a new listening connection', async () => (await sut.dataSource.query<{ pid: number }[]>(listeners)).some((row) => row.pid !== before?.pid), 5000);
    await sut.dataSource.query(`UPDATE staff_account SET disabled = true WHERE id = $1`, [account.id]);
    await waitFor('the change to be heard', async () => (await sut.as(token).get('/me')).status === 401, 2000);
  });

});
