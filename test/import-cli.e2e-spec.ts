import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anIdNumber, PASSWORD, type RegionTree } from './support/fixtures';
import type { Tokens } from './support/case-driver';
import { startIdentificationApp } from './support/identification-app';
import { HEADINGS, personRow, sheetRows, xlsxOf, XLSX, type ImportJob } from './support/roster-files';
import type { TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const CLI = join(__dirname, '..', 'dist', 'scripts', 'import-roster.js');

/** A roster of `households` households of two or three people (about 2.6 rows each), `bad` of them with a wrong ID check character. */
async function bigRoster(households: number, bad: number): Promise<Buffer> {
  const rows: string[][] = [];
  for (let number = 1; number <= households; number += 1) {
    const size = number % 3 === 0 ? 2 : 3;
    for (let index = 0; index < size; index += 1) {
      const male = index !== 1;
      let idNumber = anIdNumber({ male, birth: `19${String(50 + (number % 40)).padStart(2, '0')}0${1 + (index % 9)}${String(10 + (number % 18)).padStart(2, '0')}` });
      if (number <= bad && index === 0) idNumber = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
      rows.push(personRow({ household: String(number), relation: index === 0 ? '户主' : index === 1 ? '配偶' : '之子', name: `农户${number}成员${index}`, idNumber, sex: male ? '男' : '女', group: number % 2 === 0 ? '一组' : '二组' }));
    }
  }
  return xlsxOf(HEADINGS, rows);
}

/** The roster CLI against the service listening on a port, as a clerk would run it. */
describe('Roster import CLI (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let url = '';
  let folder = '';

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is not built: run npm run build`);
    ({ sut, tree, tokens } = await startIdentificationApp({ runWorker: true, realClock: true }));
    await sut.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(sut.app.getHttpServer() as { address(): AddressInfo }).address().port}`;
    folder = mkdtempSync(join(tmpdir(), 'jingzhun-roster-'));
  }, 60_000);

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await sut.close();
  });

  function run(args: string[]): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, JINGZHUN_URL: url, JINGZHUN_USER: 'v', JINGZHUN_PASSWORD: PASSWORD } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (code) => resolve({ code, output }));
    });
  }

  it('uploads a file of over 10,000 rows, shows its progress, and writes the error report beside it', async () => {
    const file = join(folder, '甲一村花名册.xlsx');
    writeFileSync(file, await bigRoster(4000, 3));
    const { code, output } = await run([file, '--village', tree.villageA1.code]);
    expect({ code, output }).toMatchObject({ code: 0 });
    expect(output).toMatch(/已上传 甲一村花名册\.xlsx \(\d+ KB\)，导入到甲一村/);
    expect(output).toMatch(/导入进度 \[[█░]+\] 100% \| 已读 10667 行/);
    expect(output).toContain('已完成: 读取 10667 行，新登记 3997 户，更新 0 户，无变化 0 户，未导入 3 户');
    const report = join(folder, '甲一村花名册-错误报告.xlsx');
    expect(output).toContain(`错误报告: ${report}`);
    const [, ...refused] = await sheetRows(readFileSync(report));
    expect(refused.filter((row) => row.at(-1) === '身份证号码校验码错误')).toHaveLength(3);
    const [count] = await sut.dataSource.query<{ households: number }[]>(`SELECT count(*)::int AS households FROM household WHERE village_id = $1`, [tree.villageA1.id]);
    expect(count?.households).toBe(3997);
  }, 120_000);

  it('says in Chinese what is wrong: no such village, a service that is not there', async () => {
    const file = join(folder, 'small.xlsx');
    writeFileSync(file, await xlsxOf(HEADINGS, [personRow({ household: '1', relation: '户主', name: '韦某', idNumber: anIdNumber(), sex: '男' })]));
    expect(await run([file, '--village', '450123100299'])).toMatchObject({ code: 1, output: expect.stringContaining('没有代码为 450123100299 的村') as string });
    expect(await run([file, '--village', tree.villageA1.code, '--url', 'http://127.0.0.1:9'])).toMatchObject({ code: 1, output: expect.stringContaining('无法连接 http://127.0.0.1:9') as string });
  });

  it('cancels an import on request: it stops after its batch, and what it stored stays', async () => {
    const response = await sut.as(tokens.village).post('/imports/rosters').query({ villageId: tree.villageA2.id, fileName: 'big.xlsx' }).set('content-type', XLSX);
    expect(response.status).toBe(403);
    const township = tokens.township;
    const upload = await sut.as(township).post('/imports/rosters').query({ villageId: tree.villageA2.id, fileName: 'big.xlsx' }).set('content-type', XLSX).send(await bigRoster(3000, 0));
    const id = (upload.body as ImportJob).id;
    expect((await sut.as(township).post(`/imports/${id}/cancel`)).body).toMatchObject({ cancelRequested: true });
    let job = upload.body as ImportJob;
    await waitFor('the import to stop', async () => {
      job = (await sut.as(township).get(`/imports/${id}`)).body as ImportJob;
      return job.state !== 'queued' && job.state !== 'running';
    }, 60_000);
    expect(job.state).toBe('cancelled');
    const [count] = await sut.dataSource.query<{ households: number }[]>(`SELECT count(*)::int AS households FROM household WHERE village_id = $1`, [tree.villageA2.id]);
    expect(count?.households).toBe(job.householdsStored);
    expect(job.householdsStored).toBeLessThan(3000);
  }, 120_000);
});
