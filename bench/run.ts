/**
 * npm run bench [-- --quick]: figures, not assertions. Starts its own PostgreSQL and Redis, an
 * API process and a worker process (as deployed), loads data with SQL, runs each scenario and
 * prints `name: value` lines; the same figures go to bench/results/<time>.json.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { Queue, Worker } from 'bullmq';
import { QUEUE } from '../src/queues/queue-names';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICY } from '../workflows/policy';
import { sample } from '../workflows/identification/identification.fixtures';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import { noticeListingsStatement } from '../src/publicity/notice-listings';
import { findFreePort } from '../src/local-servers/free-port';
import { findPostgresBinDir } from '../src/local-servers/postgres-server';
import { startSupervised, type SupervisedProcess } from '../src/local-servers/supervised-process';
import { startThrowawayServers } from '../src/local-servers/throwaway-servers';
import { measureConsoleLoad } from './console-load';
import { measureRosterImport } from './roster-import';
import { measureAlertImport } from './alert-import';
import { BENCH_PASSWORD, seedHouseholds, seedRegions, seedStatusHistory, snapshotAfter, STAGES, villageCode } from './bench-data';
import { measureStatistics } from './statistics-load';
import { percentile } from './percentile';

const quick = process.argv.includes('--quick');
/** `-- --only=import`: the roster import and a department's alert file on it alone; `--only=commands`: the command path alone; `--only=deadlines`: the command path, then the notice storms; `--only=statistics`: a county's statistics alone (the other scenarios take most of the run). */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? null;
const SIZE = quick
  ? { importHouseholds: 5000, alertRows: 10_000, commandSeconds: 5, commandCases: 10_000, meeting: 100, deadlineBatch: 400, storm: 2000, boardVillages: 100, boardPerVillage: 500, boardCasesPerVillage: 50, boardSeconds: 5 }
  : { importHouseholds: 50_000, alertRows: 100_000, commandSeconds: 20, commandCases: 40_000, meeting: 500, deadlineBatch: 2000, storm: 10000, boardVillages: 1000, boardPerVillage: 1000, boardCasesPerVillage: 100, boardSeconds: 20 };
const CONNECTIONS = 16;
const BENCH_METRICS_TOKEN = 'bench-metrics-token';
const figures: Record<string, number> = {};

function figure(name: string, value: number): number {
  const rounded = Number(value.toFixed(3));
  figures[name] = rounded;
  console.log(`${name}: ${rounded}`);
  return value;
}

/** CPU seconds (user and system) each process has used so far, by pid: `/proc/<pid>/stat`. */
function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
  } catch {
    return 0;
  }
}

/** The PostgreSQL processes running now (backends, writers, autovacuum). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
}

type CpuReading = Map<string, Map<number, number>>;

/** CPU used so far by the API, the worker(s), this bench process (the load generator) and PostgreSQL, per process. */
function cpuSeconds(pids: { api?: number; workers: (number | undefined)[] }): CpuReading {
  const of = (list: (number | undefined)[]) => new Map(list.filter((pid): pid is number => pid !== undefined).map((pid) => [pid, cpuTicks(pid)]));
  return new Map([
    ['api', of([pids.api])],
    ['worker', of(pids.workers)],
    ['bench', of([process.pid])],
    ['postgres', of(postgresPids())],
  ]);
}

/**
 * CPU milliseconds per unit of work between two readings, as figures named `<prefix>_<process>`:
 * where a scenario's time goes on the shared cores. A process that ended between the readings
 * is left out (PostgreSQL's short-lived ones), one that started counts from zero.
 */
function cpuFigures(prefix: string, before: CpuReading, after: CpuReading, units: number): void {
  for (const [key, processes] of after) {
    let seconds = 0;
    for (const [pid, used] of processes) seconds += used - (before.get(key)?.get(pid) ?? 0);
    figure(`${prefix}_${key}`, (seconds * 1000) / Math.max(units, 1));
  }
}

/** The API's board loads so far, by reason (`jingzhun_board_loads_total`). */
async function boardLoads(base: string): Promise<Record<'read' | 'ahead' | 'refresh', number>> {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } })).text();
  const count = (reason: string) => Number(new RegExp(`^jingzhun_board_loads_total\\{reason="${reason}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { read: count('read'), ahead: count('ahead'), refresh: count('refresh') };
}

/** Until the outbox is empty: every alarm set and every notification delivered. */
async function untilQuiet(dataSource: DataSource): Promise<void> {
  await waitUntil(
    async () => Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL OR (kind = 'notify' AND delivered_at IS NULL)`))[0]?.n) === 0,
    300_000,
  );
}

/** Peak resident memory (VmHWM) of a process, in MB. */
function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid ?? 0}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The Node flags a process is deployed with (`npm run start:api`, `npm run start:worker`), so the bench runs it the same way. */
function nodeFlags(root: string, script: 'start:api' | 'start:worker'): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return /node ((?:--\S+ )*)dist\/src\/\w+\.js/.exec(scripts[script] ?? '')?.[1]?.trim().split(' ').filter(Boolean) ?? [];
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error('bench: timed out');
}

/** The role the API process connects as (the worker and the bench connect as postgres). */
const API_ROLE = 'bench_api';

/** Statements the API has sent since `reset` (pg_stat_statements, transactions' BEGIN and COMMIT included). */
const apiStatements = {
  reset: (dataSource: DataSource) => dataSource.query('SELECT pg_stat_statements_reset()'),
  /**
   * What they were, most called first (or most database time first: `byTime`), with the database's
   * time for each (per command or case), then what the worker's statements cost meanwhile (its
   * deliveries share the cores): `# ` lines.
   */
  print: async (dataSource: DataSource, per: number, title: string, unit = title === 'commands' ? 'command' : 'case', byTime = false): Promise<void> => {
    const rows = await dataSource.query<{ calls: string; ms: number; planMs: number; query: string; api: boolean }[]>(
      `(SELECT s.calls, s.total_exec_time AS ms, s.total_plan_time AS "planMs", s.query, true AS api FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = $1 ORDER BY ${byTime ? 's.total_exec_time' : 's.calls'} DESC LIMIT 15)
       UNION ALL
       (SELECT s.calls, s.total_exec_time AS ms, s.total_plan_time AS "planMs", s.query, false AS api FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname <> $1 AND s.query NOT LIKE '%pg_stat_statements%' ORDER BY s.total_exec_time DESC LIMIT 12)`,
      [API_ROLE],
    );
    const line = (row: (typeof rows)[number]) => console.log(`#   ${(Number(row.calls) / per).toFixed(2)} calls  ${(row.ms / per).toFixed(3)} ms (+${(row.planMs / per).toFixed(3)} planning)  ${row.query.replace(/\s+/g, ' ').slice(0, 120)}`);
    console.log(`# statements of ${title}, per ${unit} (calls, database time, planning time)${byTime ? ', most database time first' : ''}:`);
    rows.filter((row) => row.api).forEach(line);
    console.log(`# the worker's statements meanwhile, most database time first, per ${unit}:`);
    rows.filter((row) => !row.api).forEach(line);
  },
  count: async (dataSource: DataSource): Promise<number> => {
    const [row] = await dataSource.query<{ n: string }[]>(`SELECT coalesce(sum(s.calls), 0) AS n FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = $1`, [API_ROLE]);
    return Number(row?.n ?? 0);
  },
};

/** How PostgreSQL reads one village's listings (the API's statement for a board), as `# ` lines. */
async function explainBoard(dataSource: DataSource, code: string): Promise<void> {
  const { sql, params } = noticeListingsStatement({ villageCode: code, endedAfter: new Date(Date.now() - 30 * 86_400_000) });
  const plan = await dataSource.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  console.log(`# one board's statement:\n${plan.map((line) => `#   ${line['QUERY PLAN']}`).join('\n')}`);
}

async function writeResults(root: string, dataSource: DataSource): Promise<void> {
  await dataSource.destroy();
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const file = join(root, 'bench', 'results', `${new Date().toISOString().replaceAll(':', '-')}${quick ? '-quick' : ''}${only ? `-${only}` : ''}.json`);
  writeFileSync(file, JSON.stringify({ quick, only, at: new Date().toISOString(), figures }, null, 2));
  console.log(`# written to ${file}`);
}

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const servers = await startThrowawayServers('bench', { statementStats: true });
  const processes: SupervisedProcess[] = [];
  try {
    const databaseUrl = servers.postgres.url('bench');
    await runMigrations(databaseUrl);
    const dataSource = new DataSource(dataSourceOptions(databaseUrl, 8));
    await dataSource.initialize();
    // The API signs in as a role of its own, so the statements it sends are counted apart from the worker's and the bench's.
    await dataSource.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await dataSource.query(`CREATE ROLE ${API_ROLE} LOGIN SUPERUSER`);
    // BENCH_PLANS=<file>: the plans of the API's statements slower than 10 ms, as PostgreSQL ran them (auto_explain), copied there at the end.
    if (process.env.BENCH_PLANS) {
      for (const setting of [`session_preload_libraries = 'auto_explain'`, `auto_explain.log_min_duration = '10ms'`, 'auto_explain.log_analyze = on', 'auto_explain.log_buffers = on']) {
        await dataSource.query(`ALTER ROLE ${API_ROLE} SET ${setting}`);
      }
    }
    console.log(`# jingzhun bench (${quick ? 'quick' : 'full'}), ${new Date().toISOString()}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores`);

    await seedRegions(dataSource, SIZE.boardVillages);
    const port = await findFreePort();
    const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: servers.redis.url, REDIS_PREFIX: 'bench', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-42', METRICS_TOKEN: BENCH_METRICS_TOKEN, LOG_LEVEL: 'warn', PORT: String(port) };
    // BENCH_CPU_PROF=<dir> writes CPU profiles of the API and the worker there (open in Chrome DevTools);
    // BENCH_CPU_PROF_INTERVAL=<µs> samples more often than every 1,000 µs (a meeting lasts a fifth of a second).
    // BENCH_HEAP_PROF=<dir>: sampling heap profiles (where memory is allocated), written when the processes stop.
    const profile = [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ...(process.env.BENCH_CPU_PROF && process.env.BENCH_CPU_PROF_INTERVAL ? [`--cpu-prof-interval=${process.env.BENCH_CPU_PROF_INTERVAL}`] : []),
      ...(process.env.BENCH_HEAP_PROF ? ['--heap-prof', `--heap-prof-dir=${process.env.BENCH_HEAP_PROF}`] : []),
    ];
    const api = startSupervised({ command: process.execPath, args: [...profile, ...nodeFlags(root, 'start:api'), join(root, 'dist/src/main.js')], logFile: '/tmp/jingzhun-bench-api.log', env: { ...env, RUN_WORKER: 'false', DATABASE_URL: databaseUrl.replace('//postgres@', `//${API_ROLE}@`) } });
    const worker = startSupervised({ command: process.execPath, args: [...profile, ...nodeFlags(root, 'start:worker'), join(root, 'dist/src/worker.js')], logFile: '/tmp/jingzhun-bench-worker.log', env });
    processes.push(api, worker);
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(`${base}/health/live`).catch(() => null))?.ok === true, 60_000);
    const signIn = async (username: string) =>
      `Bearer ${((await (await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) })).json()) as { accessToken: string }).accessToken}`;
    const authorization = await signIn('bench-village-0');

    // `--only=statistics` loads the county's million households and reads its statistics, nothing else; `--only=board` reads their boards.
    if (only !== 'statistics' && only !== 'board') {
      // `--only=commands` measures the command path alone (single commands, raw SQL, a meeting); `--only=deadlines` goes on to the storms.
      if (only !== 'commands' && only !== 'deadlines') {
        // 0. The staff console's first page, on a machine not yet busy.
        const consoleLoad = await measureConsoleLoad(base);
        figure('console_first_page_js_gzip_kb', consoleLoad.jsGzipKb);
        figure('console_first_page_css_gzip_kb', consoleLoad.cssGzipKb);
        figure('console_first_load_ms', consoleLoad.firstLoadMs);

        // 0b. A county's roster imported by the worker while the case list is read (the worker's memory peaks here, before the storms).
        const roster = await measureRosterImport(base, authorization, SIZE.importHouseholds);
        figure('import_households', roster.households);
        figure('import_rows', roster.rows);
        figure('import_file_mb', roster.fileMb);
        figure('import_s', roster.importSeconds);
        figure('import_households_per_s', roster.households / roster.importSeconds);
        figure('import_worker_rss_mb', peakRssMb(worker.child.pid));
        figure('cases_p99_ms_during_import', roster.casesP99Ms);
        figure('cases_requests_during_import', roster.casesRequests);

        // 0c. A department's alert file on the people of that roster: matched, judged and turned into leads.
        const alerts = await measureAlertImport(base, authorization, dataSource, { rows: SIZE.alertRows, households: SIZE.importHouseholds });
        figure('alerts_rows', alerts.rows);
        figure('alerts_file_mb', alerts.fileMb);
        figure('alerts_s', alerts.seconds);
        figure('alerts_rows_per_s', alerts.rows / alerts.seconds);
        figure('alerts_leads_opened', alerts.leadsOpened);
        figure('alerts_leads_joined', alerts.leadsAttached);
        figure('alerts_below_threshold', alerts.rowsBelowThreshold);
        figure('alerts_unmatched', alerts.rowsUnmatched);
        figure('worker_rss_mb_after_alerts', peakRssMb(worker.child.pid));
        if (only === 'import') return writeResults(root, dataSource);
      }

      // 1. Command throughput through the API, and the same four statements in raw SQL (pgbench).
      const commandCases = await seedHouseholds(dataSource, { villages: [0], perVillage: SIZE.commandCases, stage: 'application', tag: 'C001' });
      let next = 0;
      await apiStatements.reset(dataSource);
      const cpuBefore = cpuSeconds({ api: api.child.pid, workers: [worker.child.pid] });
      const run = await autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: SIZE.commandSeconds,
        requests: [{ method: 'POST', headers: { authorization }, setupRequest: (request) => ({ ...request, path: `/cases/${commandCases[next++ % commandCases.length] ?? ''}/submit` }) }],
      });
      const applied = Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM case_event WHERE event_type = 'SUBMIT'`))[0]?.n ?? 0);
      const commandTps = figure('command_tps', applied / SIZE.commandSeconds);
      // Where a command's time goes: CPU milliseconds per command of each process (2 cores: 2,000 ms a second in all).
      cpuFigures('cpu_ms_per_command', cpuBefore, cpuSeconds({ api: api.child.pid, workers: [worker.child.pid] }), applied);
      figure('statements_per_command', (await apiStatements.count(dataSource)) / applied);
      await apiStatements.print(dataSource, applied, 'commands');
      figure('command_p50_ms', run.latency.p50);
      figure('command_p99_ms', run.latency.p99);
      figure('command_non2xx', run.non2xx);
      // Each case takes its SUBMIT once: answers other than 2xx mean the cases ran out and the rate above is their number over the seconds.
      if (run.non2xx > 0) console.log(`# warning: ${run.non2xx} commands were refused; command_tps is capped at ${commandCases.length / SIZE.commandSeconds}/s by the cases seeded`);
      figure('api_rss_mb_after_commands', peakRssMb(api.child.pid));

      const rawCases = await seedHouseholds(dataSource, { villages: [1], perVillage: 10_000, stage: 'application', tag: 'R001' });
      await dataSource.query('CREATE TABLE bench_raw (n serial PRIMARY KEY, id uuid NOT NULL)');
      await dataSource.query('INSERT INTO bench_raw (id) SELECT unnest($1::uuid[])', [rawCases]);
      const script = '/tmp/jingzhun-bench-raw.sql';
      writeFileSync(
        script,
        [
          `\\set n random(1, ${rawCases.length})`,
          'BEGIN;',
          'SELECT c.id FROM procedure_case c JOIN bench_raw b ON b.id = c.id WHERE b.n = :n FOR UPDATE OF c;',
          `UPDATE procedure_case SET version = version + 1, updated_at = now(), snapshot = snapshot WHERE id = (SELECT id FROM bench_raw WHERE n = :n) RETURNING version AS v \\gset`,
          `INSERT INTO case_event (case_id, sequence, occurred_at, account_id, role, event_type, payload, stage_before, stage_after, machine_version, policy_version, previous_hash, hash) SELECT id, :v, now(), NULL, 'village', 'SUBMIT', '{}', 'application', 'group_review', 2, 0, repeat('0', 64), md5(random()::text) || md5(random()::text) FROM bench_raw WHERE n = :n;`,
          // Its own kind: the relay marks it sent without queueing a notification.
          `INSERT INTO outbox (case_id, kind, payload) SELECT id, 'bench_raw', '{"recipient":"applicant","template":"stage_changed","data":{}}' FROM bench_raw WHERE n = :n;`,
          'COMMIT;',
        ].join('\n'),
      );
      const pgbench = execFileSync(
        join(findPostgresBinDir(), 'pgbench'),
        ['-h', '127.0.0.1', '-p', String(servers.postgres.port), '-U', 'postgres', '-n', '-c', String(CONNECTIONS), '-j', '2', '-T', String(SIZE.commandSeconds), '-f', script, 'bench'],
        { encoding: 'utf8' },
      );
      const rawTps = Number(/tps = ([\d.]+)/.exec(pgbench)?.[1] ?? 0);
      figure('raw_sql_tps', rawTps);
      figure('raw_sql_latency_avg_ms', Number(/latency average = ([\d.]+)/.exec(pgbench)?.[1] ?? 0));
      figure('command_vs_raw_sql', commandTps / rawTps);

      // 2a. Meeting records carrying votes for many cases, each once the workers have delivered the
      // notifications before it (each scenario is timed on a quiet machine, with its own work only).
      // Five meetings, the median taken: one request of a fifth of a second is at the mercy of a collection
      // (the first after the single commands was the slowest of three in most runs, and often their median).
      const [village] = await dataSource.query<{ id: string; group_id: string }[]>(
        `SELECT v.id, g.id AS group_id FROM region v JOIN region g ON g.parent_id = v.id WHERE v.code = $1 AND v.level = 'village'`,
        [villageCode(0)],
      );
      const meetingRates: number[] = [];
      for (const tag of ['M001', 'M002', 'M003', 'M004', 'M005']) {
        await untilQuiet(dataSource);
        const meetingCases = await seedHouseholds(dataSource, { villages: [0], perVillage: SIZE.meeting, stage: 'groupReview', tag });
        const first = meetingRates.length === 0;
        if (first) await apiStatements.reset(dataSource);
        const meetingStarted = performance.now();
        const meeting = await fetch(`${base}/meetings`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'group_review', villageId: village?.id, groupId: village?.group_id, attendees: ['村民小组长'], heldOn: new Date().toISOString().slice(0, 10), place: '村委会', present: 40, minutes: 'bench', votes: meetingCases.map((caseId) => ({ caseId, recommended: true })) }),
        });
        const meetingSeconds = (performance.now() - meetingStarted) / 1000;
        if (!meeting.ok) throw new Error(`meeting: ${meeting.status} ${await meeting.text()}`);
        meetingRates.push(meetingCases.length / meetingSeconds);
        if (first) {
          figure('batch_meeting_cases', meetingCases.length);
          figure('statements_per_batch_case', (await apiStatements.count(dataSource)) / meetingCases.length);
          await apiStatements.print(dataSource, meetingCases.length, 'a meeting');
        }
      }
      console.log(`# the meetings, cases a second: ${meetingRates.map((rate) => rate.toFixed(1)).join(' ')}`);
      const meetingTps = figure('batch_meeting_tps', percentile(meetingRates, 50));
      figure('batch_meeting_vs_single', meetingTps / commandTps);
      if (only === 'commands') return writeResults(root, dataSource);

      // 2b and 3. Notices of 500 cases whose windows all end at the same second, fired by two workers: each notice's end is a job either may take (a larger notice would be split into parts of NOTICE_PART_CASES).
      await untilQuiet(dataSource);
      const secondWorker = startSupervised({ command: process.execPath, args: [...profile, ...nodeFlags(root, 'start:worker'), join(root, 'dist/src/worker.js')], logFile: '/tmp/jingzhun-bench-worker-2.log', env });
      processes.push(secondWorker);
      const deadlineQueue = new Queue(QUEUE.deadlines, { connection: { url: servers.redis.url, maxRetriesPerRequest: null }, prefix: 'bench' });
      await waitUntil(async () => (await deadlineQueue.getWorkersCount()) >= 2, 60_000);
      await deadlineQueue.close();
      const storm = async (cases: number, tag: string) => {
        const ids = await seedHouseholds(dataSource, { villages: [2], perVillage: cases, stage: 'publicityPending', tag });
        const due = new Date(Date.now() + 8_000);
        const open = JSON.stringify(snapshotAfter([...STAGES.publicityPending.events, sample.publicityOpened()], DEFAULT_POLICY));
        const notices: string[] = [];
        for (let start = 0; start < ids.length; start += 500) {
          const chunk = ids.slice(start, start + 500);
          const [notice] = await dataSource.query<{ id: string }[]>(
            `INSERT INTO publicity_notice (public_number, village_id, village_code, stage, starts_on, ends_at, case_ids, opened_by)
             SELECT 'GS-B-' || nextval('notice_number_seq'), id, code, 'village_publicity', current_date, $1, $2::jsonb, (SELECT id FROM staff_account LIMIT 1) FROM region WHERE code = $3 AND level = 'village' RETURNING id`,
            [due, JSON.stringify(chunk), villageCode(2)],
          );
          await dataSource.query(
            `UPDATE procedure_case SET phase = 'open',
                    snapshot = jsonb_set(jsonb_set($1::jsonb, '{context,publicity,noticeId}', to_jsonb($2::text)), '{context,publicity,endsAt}', to_jsonb($3::text))
              WHERE id = ANY($4::uuid[])`,
            [open, notice?.id, due.toISOString(), chunk],
          );
          notices.push(notice?.id ?? '');
          const [deadline] = await dataSource.query<{ id: string }[]>(`INSERT INTO deadline (key, kind, notice_id, due_at) VALUES ($1, 'publicity_window_end', $2, $3) RETURNING id`, [`publicity:${notice?.id ?? ''}`, notice?.id, due]);
          await dataSource.query(`INSERT INTO outbox (kind, payload) VALUES ('deadline', $1)`, [JSON.stringify({ deadlineId: deadline?.id, dueAt: due.toISOString() })]);
        }
        const workers = { api: api.child.pid, workers: [worker.child.pid, secondWorker.child.pid] };
        // Done once no window end of these notices waits (the notice's end and its parts are due at the end, each fired
        // with its cases' moves; read from the index of pending deadlines), then counted case by case once: looking up all
        // the storm's cases every 100 ms cost PostgreSQL a tenth of a millisecond a case, inside the figures it measures.
        const waiting = async () =>
          Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM deadline WHERE state = 'pending' AND due_at <= $2 AND notice_id = ANY($1::uuid[])`, [notices, due]))[0]?.n);
        const windowEnds = `FROM case_event WHERE event_type = 'PUBLICITY_WINDOW_ENDED' AND case_id = ANY($1::uuid[])`;
        const ended = async () => Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n ${windowEnds}`, [ids]))[0]?.n);
        // The CPU a case costs is counted from the due time: the seconds before it are the processes' idle work.
        await sleep(Math.max(0, due.getTime() - Date.now()));
        await apiStatements.reset(dataSource);
        const cpuBefore = cpuSeconds(workers);
        await waitUntil(async () => (await waiting()) === 0 && (await ended()) === ids.length, 600_000);
        const cpuAfter = cpuSeconds(workers);
        const times = await dataSource.query<{ at: Date }[]>(`SELECT occurred_at AS at ${windowEnds}`, [ids]);
        const lateness = times.map((row) => row.at.getTime() - due.getTime());
        // The notifications wait while the window ends fire (src/worker/deadlines-first.ts): when the last was delivered.
        const undelivered = `FROM outbox WHERE kind = 'notify' AND case_id = ANY($1::uuid[])`;
        await waitUntil(async () => Number((await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n ${undelivered} AND delivered_at IS NULL`, [ids]))[0]?.n) === 0, 600_000);
        const [delivered] = await dataSource.query<{ at: Date }[]>(`SELECT max(delivered_at) AS at ${undelivered}`, [ids]);
        const notifiedSeconds = ((delivered?.at.getTime() ?? due.getTime()) - due.getTime()) / 1000;
        return { cases: ids.length, drainSeconds: Math.max(...lateness) / 1000, notifiedSeconds, firstMs: Math.min(...lateness), p50: percentile(lateness, 50), p99: percentile(lateness, 99), cpuBefore, cpuAfter };
      };
      // The workers' first notice end, cold: V8 compiles the path while it runs, so a fresh worker's first 10,000 cases cost
      // it about twice the CPU of the next. The batch and the storm after it are measured on warm workers, as the commands'
      // seconds of load are mostly measured on a warm API; this one's figures say what a restart costs the next end.
      const cold = await storm(SIZE.storm, 'S000');
      figure('cold_storm_drain_s', cold.drainSeconds);
      cpuFigures('cpu_ms_per_cold_storm_case', cold.cpuBefore, cold.cpuAfter, cold.cases);
      const batch = await storm(SIZE.deadlineBatch, 'D001');
      figure('batch_deadline_cases', batch.cases);
      // How late the first case moved: the alarm, the notice's split into parts and their queueing, before any part's work.
      figure('batch_deadline_first_case_ms', batch.firstMs);
      cpuFigures('cpu_ms_per_batch_deadline_case', batch.cpuBefore, batch.cpuAfter, batch.cases);
      const deadlineTps = figure('batch_deadline_tps', batch.cases / Math.max(batch.drainSeconds, 0.001));
      figure('batch_deadline_vs_single', deadlineTps / commandTps);
      const big = await storm(SIZE.storm, 'S001');
      cpuFigures('cpu_ms_per_storm_case', big.cpuBefore, big.cpuAfter, big.cases);
      figure('storm_cases', big.cases);
      figure('storm_drain_s', big.drainSeconds);
      figure('storm_notifications_delivered_s', big.notifiedSeconds);
      figure('deadline_lateness_p50_ms', big.p50);
      figure('deadline_lateness_p99_ms', big.p99);
      // What PostgreSQL does for a storm's case: the parts' statements and the notifications' (the API sends none).
      await apiStatements.print(dataSource, big.cases, 'a storm');
      figure('worker_rss_mb', peakRssMb(worker.child.pid));
      figure('second_worker_rss_mb', peakRssMb(secondWorker.child.pid));

      // The same number of plain BullMQ delayed jobs that do nothing, in the same run.
      const connection = { url: servers.redis.url, maxRetriesPerRequest: null };
      const raw = new Queue('bench-raw', { connection });
      const rawLateness: number[] = [];
      const rawWorker = new Worker('bench-raw', () => Promise.resolve(), { connection, concurrency: 4 });
      rawWorker.on('completed', (job) => rawLateness.push((job.processedOn ?? 0) - (job.timestamp + (job.opts.delay ?? 0))));
      const rawDue = Date.now() + 5_000;
      for (let start = 0; start < SIZE.storm; start += 1000) {
        await raw.addBulk(Array.from({ length: Math.min(1000, SIZE.storm - start) }, () => ({ name: 'noop', data: {}, opts: { delay: rawDue - Date.now(), removeOnComplete: true } })));
      }
      await waitUntil(() => Promise.resolve(rawLateness.length >= SIZE.storm), 600_000);
      const rawP99 = figure('bullmq_raw_lateness_p99_ms', percentile(rawLateness, 99));
      figure('deadline_vs_raw_bullmq_p99', big.p99 / Math.max(rawP99, 1));
      await rawWorker.close();
      await raw.close();
      if (only === 'deadlines') return writeResults(root, dataSource);
    }

    // 4. The public board with many households and open cases, against a trivial endpoint.
    const boardVillages = Array.from({ length: SIZE.boardVillages }, (_, n) => n).filter((n) => n > 2);
    // The notices going up tell the API of their boards, which it renders ahead of the readers: what that costs it, per board.
    const seedingLoads = await boardLoads(base);
    const seedingCpu = cpuSeconds({ api: api.child.pid, workers: [] });
    for (let start = 0; start < boardVillages.length; start += 50) {
      const chunk = boardVillages.slice(start, start + 50);
      await seedHouseholds(dataSource, { villages: chunk, perVillage: SIZE.boardPerVillage - SIZE.boardCasesPerVillage, tag: `H${String(start).padStart(3, '0')}` });
      const ids = await seedHouseholds(dataSource, { villages: chunk, perVillage: SIZE.boardCasesPerVillage, stage: 'publicityPending', tag: `B${String(start).padStart(3, '0')}` });
      await dataSource.query(
        `INSERT INTO publicity_notice (public_number, village_id, village_code, stage, starts_on, ends_at, case_ids, opened_by)
         SELECT 'GS-B-' || nextval('notice_number_seq'), r.id, r.code, 'village_publicity', current_date, now() + interval '7 days', jsonb_agg(c.id), (SELECT id FROM staff_account LIMIT 1)
           FROM procedure_case c JOIN region r ON r.code = c.village_code AND r.level = 'village' WHERE c.id = ANY($1::uuid[]) GROUP BY r.id, r.code`,
        [ids],
      );
    }
    await dataSource.query('ANALYZE');
    const seededLoads = await boardLoads(base);
    figure('board_loads_ahead_while_seeding', seededLoads.ahead - seedingLoads.ahead);
    cpuFigures('cpu_ms_per_board_load_ahead', seedingCpu, cpuSeconds({ api: api.child.pid, workers: [] }), seededLoads.ahead - seedingLoads.ahead);
    const counts = (await dataSource.query<{ households: string; cases: string }[]>(`SELECT (SELECT count(*) FROM household) AS households, (SELECT count(*) FROM procedure_case WHERE NOT final) AS cases`))[0];
    figure('board_households', Number(counts?.households));
    figure('board_open_cases', Number(counts?.cases));
    if (only !== 'statistics') {
      let boardNext = 0;
      await apiStatements.reset(dataSource);
      const boardCpu = cpuSeconds({ api: api.child.pid, workers: [] });
      // Read as a phone's browser reads it (gzip accepted); each answer's time kept, to tell the first pass (every board loaded) from the rest (served from memory).
      let boardDone: (result: autocannon.Result) => void = () => undefined;
      const boardResult = new Promise<autocannon.Result>((resolve) => (boardDone = resolve));
      const boardRead = autocannon(
        {
          url: base,
          connections: CONNECTIONS,
          duration: SIZE.boardSeconds,
          headers: { 'accept-encoding': 'gzip' },
          requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/board/${villageCode(boardVillages[boardNext++ % boardVillages.length] ?? 3)}` }) }],
        },
        (_error, result) => boardDone(result),
      );
      const boardStarted = performance.now();
      const boardTimes: number[] = [];
      const boardAnsweredAt: number[] = [];
      let firstPassCpu: CpuReading | undefined;
      boardRead.on('response', (_client, _status, _bytes, milliseconds) => {
        boardTimes.push(milliseconds);
        boardAnsweredAt.push(performance.now() - boardStarted);
        if (boardTimes.length === boardVillages.length) firstPassCpu = cpuSeconds({ api: api.child.pid, workers: [] });
      });
      const board = await boardResult;
      // How many reads still waited for a load (a board not yet rendered ahead, or pushed out of the cache).
      const readLoads = await boardLoads(base);
      figure('board_loads_read', readLoads.read - seededLoads.read);
      figure('board_loads_ahead_while_reading', readLoads.ahead - seededLoads.ahead);
      figure('board_loads_refresh_while_reading', readLoads.refresh - seededLoads.refresh);
      if (firstPassCpu) cpuFigures('cpu_ms_per_first_pass_board', boardCpu, firstPassCpu, boardVillages.length);
      await apiStatements.print(dataSource, boardVillages.length, 'the boards', 'board');
      await explainBoard(dataSource, villageCode(boardVillages[0] ?? 3));
      cpuFigures('cpu_ms_per_board', boardCpu, cpuSeconds({ api: api.child.pid, workers: [] }), board.requests.total);
      const trivial = await autocannon({ url: `${base}/health/live`, connections: CONNECTIONS, duration: SIZE.boardSeconds });
      figure('board_rps', board.requests.average);
      figure('board_p99_ms', board.latency.p99);
      figure('board_first_pass_p99_ms', percentile(boardTimes.slice(0, boardVillages.length), 99));
      figure('board_after_first_pass_p99_ms', percentile(boardTimes.slice(boardVillages.length), 99));
      figure('board_first_pass_s', (boardAnsweredAt[boardVillages.length - 1] ?? 0) / 1000);
      const hundreds = Array.from({ length: Math.ceil(boardVillages.length / 100) }, (_, n) => boardTimes.slice(n * 100, (n + 1) * 100));
      console.log(`# the first pass by hundreds (p50/p99 ms): ${hundreds.map((times) => `${percentile(times, 50)}/${percentile(times, 99)}`).join(' ')}`);
      figure('board_bytes_per_read', board.throughput.total / Math.max(board.requests.total, 1));
      figure('board_non2xx', board.non2xx);
      figure('trivial_rps', trivial.requests.average);
      // The trivial endpoint's own tail under the same load: what the HTTP stack and the two shared cores give any answer.
      figure('trivial_p99_ms', trivial.latency.p99);
      figure('board_vs_trivial', board.requests.average / trivial.requests.average);
      figure('api_rss_mb', peakRssMb(api.child.pid));
      if (only === 'board') return writeResults(root, dataSource);
    }

    // 5. The statistics of the same county (a million households) with two years of status history, read by its office.
    await seedStatusHistory(dataSource);
    await waitUntil(async () => Number((await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM household_tally_pending'))[0]?.n) === 0, 300_000);
    // The county's tables as autovacuum leaves them between writes: the counts read from indexes alone
    // find their pages marked all-visible, as they are in a database that has run for a while.
    await dataSource.query('VACUUM ANALYZE');
    const statisticsReader = await signIn('bench-county');
    await apiStatements.reset(dataSource);
    const statistics = await measureStatistics(base, statisticsReader, dataSource, { seconds: SIZE.boardSeconds, connections: 4 });
    // Where a statistics answer's database time goes, most first.
    await apiStatements.print(dataSource, statistics.requests, 'the statistics', 'request', true);
    figure('statistics_tally_rows', statistics.tallyRows);
    figure('statistics_requests', statistics.requests);
    figure('statistics_p50_ms', statistics.p50Ms);
    figure('statistics_p95_ms', statistics.p95Ms);
    figure('statistics_county_p95_ms', statistics.countyP95Ms);
    figure('api_rss_mb_after_statistics', peakRssMb(api.child.pid));
    await writeResults(root, dataSource);
  } finally {
    await Promise.all(processes.map((child) => child.stop('SIGTERM')));
    if (process.env.BENCH_PLANS) copyFileSync(servers.postgres.logFile, process.env.BENCH_PLANS);
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
