import { WorkingCalendarService } from '../src/calendar/working-calendar.service';
import { createAccount, PASSWORD, seedRegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('Official calendar years entered by admins (e2e)', () => {
  let sut: TestApp;
  let admin: string;
  let county: string;

  beforeAll(async () => {
    sut = await startTestApp();
    const tree = await seedRegionTree(sut.dataSource);
    await createAccount(sut.dataSource, 'root', 'admin', null);
    await createAccount(sut.dataSource, 'c', 'county', tree.county);
    admin = await sut.login('root', PASSWORD);
    county = await sut.login('c', PASSWORD);
  });

  afterAll(() => sut.close());

  it('reads a bundled year: the 2026 National Day holiday and its swapped Saturday', async () => {
    const year = await sut.as(county).get('/calendar/2026');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({ source: 'bundled' });
    expect((year.body as { holidays: string[] }).holidays).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-07']));
    expect((year.body as { workdays: string[] }).workdays).toContain('2026-10-10');
  });

  it('takes a newly announced year from an admin and counts working days by it', async () => {
    const response = await sut.as(admin).put('/calendar/2099').send({ holidays: ['2099-10-01', '2099-10-02'], workdays: ['2099-09-26'] });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ year: 2099, holidays: 2, workdays: 1 });
    expect((await sut.as(county).get('/calendar/2099')).body).toMatchObject({ source: 'entered', holidays: ['2099-10-01', '2099-10-02'], workdays: ['2099-09-26'] });
    const isWorkday = await sut.app.get(WorkingCalendarService).isWorkdayFunction();
    expect(isWorkday('2099-10-01')).toBe(false); // a Thursday, entered as a holiday
    expect(isWorkday('2099-09-26')).toBe(true); // a Saturday, entered as a working day
    expect(isWorkday('2099-10-05')).toBe(true); // an ordinary Monday
    expect(isWorkday('2099-10-03')).toBe(false); // an ordinary Saturday
  });

  it.each([
    ['a year that is not a number', '/calendar/abc', { holidays: [], workdays: [] }, 'year'],
    ['a date outside the year', '/calendar/2098', { holidays: ['2099-01-01'], workdays: [] }, 'holidays'],
    ['a malformed date', '/calendar/2098', { holidays: ['10月1日'], workdays: [] }, 'holidays'],
  ])('refuses %s with the field named', async (_case, path, body, field) => {
    const response = await sut.as(admin).put(path).send(body);
    expect(response.status).toBe(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toContain(field);
  });

  it('lets only admins enter a year', async () => {
    expect((await sut.as(county).put('/calendar/2097').send({ holidays: [], workdays: [] })).status).toBe(403);
  });
});
