/**
 * Uploads a household roster (花名册) to a running service like any client, follows the import
 * with a progress bar, and writes the error report beside the file. Ctrl-C cancels the import.
 * Usage: npm run import:roster -- 花名册.xlsx --village 450123100201 [--url …] [--user …] [--password …]
 * The service and the account also come from JINGZHUN_URL, JINGZHUN_USER, JINGZHUN_PASSWORD;
 * without them, the local demo (http://localhost:3000, village-1).
 */
import { openAsBlob } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { ImportJobView } from '../src/imports/import-job.view';

const DEMO = { url: 'http://localhost:3000', user: 'village-1', password: 'jingzhun-demo' };
const POLL_MS = 500;

interface Options {
  file: string;
  village: string;
  url: string;
  user: string;
  password: string;
}

function options(): Options {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { village: { type: 'string' }, url: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || !values.village) throw new Error('用法: npm run import:roster -- <花名册.xlsx 或 .csv> --village <12 位村级区划代码> [--url 服务地址] [--user 用户名] [--password 密码]');
  const url = (values.url ?? process.env.JINGZHUN_URL ?? DEMO.url).replace(/\/$/, '');
  const demo = url === DEMO.url;
  const user = values.user ?? process.env.JINGZHUN_USER ?? (demo ? DEMO.user : '');
  const password = values.password ?? process.env.JINGZHUN_PASSWORD ?? (demo ? DEMO.password : '');
  if (!user || !password) throw new Error('请用 --user、--password 或 JINGZHUN_USER、JINGZHUN_PASSWORD 给出账号');
  return { file, village: values.village, url, user, password };
}

/** An answer of the API as JSON, or its Chinese message as the error. */
async function call<T>(url: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new Error(`无法连接 ${new URL(url).origin}，请确认服务已启动`);
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { field: string; reason: string }[] };
  if (!response.ok) throw new Error(`${body.message ?? `请求失败 (${response.status})`}${body.errors ? `: ${body.errors.map((error) => `${error.field} ${error.reason}`).join('；')}` : ''}`);
  return body as T;
}

async function main(): Promise<void> {
  const { file, village, url, user, password } = options();
  const { accessToken } = await call<{ accessToken: string }>(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password }) });
  const auth = { authorization: `Bearer ${accessToken}` };
  const regions = await call<{ items: { id: string; name: string; level: string }[] }>(`${url}/regions?code=${encodeURIComponent(village)}`, { headers: auth });
  const target = regions.items.find((region) => region.level === 'village');
  if (!target) throw new Error(`没有代码为 ${village} 的村`);

  // The file is streamed from disk, never read whole.
  const body = await openAsBlob(file);
  const query = `villageId=${target.id}&fileName=${encodeURIComponent(basename(file))}`;
  let job = await call<ImportJobView>(`${url}/imports/rosters?${query}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body, duplex: 'half' });
  console.log(`已上传 ${basename(file)} (${Math.round(job.sizeBytes / 1024)} KB)，导入到${target.name}`);

  let cancelling = false;
  process.on('SIGINT', () => {
    if (cancelling) process.exit(130);
    cancelling = true;
    console.log('\n正在取消导入 (处理完当前一批后停止) …');
    void call(`${url}/imports/${job.id}/cancel`, { method: 'POST', headers: auth }).catch((error: Error) => console.error(error.message));
  });

  const bar = new SingleBar({
    format: '导入进度 [{bar}] {percentage}% | 已读 {rows} 行 | 登记 {stored} 户 · 更新 {updated} 户 · 未导入 {refused} 户',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    // In a log (no terminal) the bar is written as lines, every few seconds.
    noTTYOutput: true,
    notTTYSchedule: 2000,
  });
  const payload = (view: ImportJobView) => ({ rows: view.rowsRead, stored: view.householdsStored, updated: view.householdsUpdated, refused: view.householdsRefused });
  bar.start(job.sizeBytes, 0, payload(job));
  while (job.state === 'queued' || job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await call<ImportJobView>(`${url}/imports/${job.id}`, { headers: auth });
    bar.update(job.bytesRead, payload(job));
  }
  bar.update(job.state === 'done' ? job.sizeBytes : job.bytesRead, payload(job));
  bar.stop();

  if (job.error) throw new Error(`导入失败: ${job.error}`);
  console.log(`${job.stateLabel}: 读取 ${job.rowsRead} 行，新登记 ${job.householdsStored} 户，更新 ${job.householdsUpdated} 户，无变化 ${job.householdsUnchanged} 户，未导入 ${job.householdsRefused} 户`);
  if (job.ignoredColumns.length > 0) console.log(`未读取的列: ${job.ignoredColumns.join('、')}`);
  if (job.reportUrl) {
    const response = await fetch(`${url}${job.reportUrl}`, { headers: auth });
    const reportFile = join(dirname(file), `${basename(file, extname(file))}-错误报告.xlsx`);
    await writeFile(reportFile, Buffer.from(await response.arrayBuffer()));
    console.log(`错误报告: ${reportFile}`);
  }
  if (job.state === 'cancelled') process.exitCode = 130;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
