import { setTimeout as sleep } from 'node:timers/promises';
import { JwtService } from '@nestjs/jwt';
import { ActiveAccountsService } from '../src/accounts/active-accounts.service';
import { StaffAccountEntity } from '../src/accounts/staff-account.entity';
import { createAccount, PASSWORD, seedRegionTree, type RegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('Staff accounts and login (e2e)', () => {
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

  /** A village clerk of A1 unless told otherwise; `regionId: undefined` sends none. */
  async function newAccount(username: string, role = 'village', ...region: [string | undefined] | []) {
    const regionId = region.length === 0 ? tree.villageA1.id : region[0];
    return sut.as(admin).post('/accounts').send({ username, displayName: '测试', password: 'a long password', role, regionId });
  }

  it('creates an account that can log in and see itself, never showing the password', async () => {
    const created = await newAccount('clerk-1');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'clerk-1', role: 'village', region: { code: tree.villageA1.code } });
    const login = await sut.http().post('/auth/login').send({ username: 'clerk-1', password: 'a long password' });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ accessToken: expect.any(String) as string, expiresIn: 3600 });
    const me = await sut.as((login.body as { accessToken: string }).accessToken).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'clerk-1' });
    for (const body of [created.text, login.text, me.text, (await sut.as(admin).get('/accounts')).text]) {
      expect(body).not.toMatch(/password|a long password|argon2/i);
    }
  });

  it.each([
    ['a wrong password', 'root', 'wrong password'],
    ['an unknown user', 'nobody', PASSWORD],
  ])('refuses login with %s, the same way', async (_case, username, password) => {
    const response = await sut.http().post('/auth/login').send({ username, password });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
  });

  it('limits password guessing to ten tries a minute per client, with a Chinese 429', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 11; index += 1) {
      statuses.push((await sut.http().post('/auth/login').set('X-Forwarded-For', '203.0.113.50').send({ username: 'root', password: `guess ${index}` })).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const limited = await sut.http().post('/auth/login').set('X-Forwarded-For', '203.0.113.50').send({ username: 'root', password: PASSWORD });
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect((await sut.http().post('/auth/login').set('X-Forwarded-For', '198.51.100.9').send({ username: 'root', password: PASSWORD })).status).toBe(200);
  });

  it('refuses requests without a token, with a forged token, or with a garbled header', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4IiwidHYiOjB9.c2lnbmF0dXJl';
    for (const authorization of [undefined, `Bearer ${forged}`, 'Basic cm9vdDpwdw==', 'Bearer']) {
      const call = sut.http().get('/households');
      const response = await (authorization ? call.set('authorization', authorization) : call);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('keeps refusing a token once it has expired, and a changed one, though the token was accepted before', async () => {
    const root = await sut.dataSource.getRepository(StaffAccountEntity).findOneByOrFail({ username: 'root' });
    const token = await sut.app.get(JwtService).signAsync({ sub: root.id, tv: root.tokenVersion }, { expiresIn: 1 });
    const expiresAt = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number }).exp * 1000;
    expect((await sut.as(token).get('/me')).status).toBe(200);
    // The same claims under another signature.
    const changed = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await sut.as(changed).get('/me')).status).toBe(401);
    await sleep(Math.max(0, expiresAt - Date.now()) + 50);
    const expired = await sut.as(token).get('/me');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('ends the sessions of a deleted account at once', async () => {
    const created = await newAccount('leaver');
    const token = await sut.login('leaver', 'a long password');
    expect((await sut.as(token).get('/me')).status).toBe(200);
    expect((await sut.as(admin).delete(`/accounts/${(created.body as { id: string }).id}`)).status).toBe(204);
    const response = await sut.as(token).get('/households');
    expect(response.status).toBe(401);
    expect((await sut.http().post('/auth/login').send({ username: 'leaver', password: 'a long password' })).status).toBe(401);
    // The row stays for the audit trail.
    expect(await sut.dataSource.getRepository(StaffAccountEntity).count({ where: { username: 'leaver' }, withDeleted: true })).toBe(1);
  });

  it('ends the sessions of a disabled account, and of a changed password', async () => {
    const created = await newAccount('paused');
    const id = (created.body as { id: string }).id;
    const token = await sut.login('paused', 'a long password');
    await sut.as(admin).patch(`/accounts/${id}`).send({ disabled: true });
    expect((await sut.as(token).get('/me')).status).toBe(401);
    const disabledLogin = await sut.http().post('/auth/login').send({ username: 'paused', password: 'a long password' });
    expect(disabledLogin.status).toBe(401);
    expect(disabledLogin.body).toMatchObject({ message: expect.stringContaining('停用') as string });

    await sut.as(admin).patch(`/accounts/${id}`).send({ disabled: false });
    const fresh = await sut.login('paused', 'a long password');
    await sut.as(admin).patch(`/accounts/${id}`).send({ password: 'another long password' });
    expect((await sut.as(fresh).get('/me')).status).toBe(401);
    expect((await sut.http().post('/auth/login').send({ username: 'paused', password: 'another long password' })).status).toBe(200);
  });

  it.each([
    ['a county role on a village', 'county', 'villageA1', 'regionId'],
    ['a village role without region', 'village', null, 'regionId'],
    ['an admin with a region', 'admin', 'county', 'regionId'],
  ] as const)('refuses %s', async (_case, role, regionKey, field) => {
    const response = await newAccount(`bad-${role}`, role, regionKey ? tree[regionKey].id : undefined);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: [{ field }] });
  });

  it('answers a request whose account changes while it loads, and keeps nothing of that load', async () => {
    const id = ((await newAccount('racing')).body as { id: string }).id;
    const accounts = sut.app.get(ActiveAccountsService);
    const loading = accounts.find(id);
    // The notice of a change heard while the read is in flight (a PATCH of another request).
    accounts.forget(id);
    expect((await loading)?.username).toBe('racing');
    await sut.dataSource.query(`UPDATE staff_account SET disabled = true WHERE id = $1`, [id]);
    accounts.forget(id);
    expect(await accounts.find(id)).toBeNull();
  });

  it('refuses a taken user name with 409, a short password and a bad user name with 400', async () => {
    expect((await newAccount('twin')).status).toBe(201);
    const twin = await newAccount('twin');
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ code: 'USERNAME_TAKEN' });
    const weak = await sut.as(admin).post('/accounts').send({ username: 'weak', displayName: 'w', password: 'short', role: 'admin' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ errors: [{ field: 'password' }] });
    const badName = await sut.as(admin).post('/accounts').send({ username: 'Has Space', displayName: 'w', password: 'long enough pw', role: 'admin' });
    expect(badName.body).toMatchObject({ errors: [{ field: 'username' }] });
  });
});
