import type { DataSource } from 'typeorm';
import { percentile } from './percentile';

export interface StatisticsFigures {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  /** The county's own answer (every village's rows), today and as of last year's end. */
  countyP95Ms: number;
  /** Rows of the tally the answers are read from (per group, status and day), against the households. */
  tallyRows: number;
}

/**
 * The statistics a county office reads: the county, each township and some villages, today and as
 * of last year's end, by `connections` clients one request after another for `seconds`.
 */
export async function measureStatistics(base: string, authorization: string, dataSource: DataSource, options: { seconds: number; connections: number }): Promise<StatisticsFigures> {
  const regions = await dataSource.query<{ id: string; level: string }[]>(
    `(SELECT id, level FROM region WHERE level IN ('county', 'township')) UNION ALL (SELECT id, level FROM region WHERE level = 'village' ORDER BY code LIMIT 20)`,
  );
  const lastYearEnd = `${new Date().getFullYear() - 1}-12-31`;
  const paths = regions.flatMap((region) => [`/statistics/regions/${region.id}`, `/statistics/regions/${region.id}?asOf=${lastYearEnd}`].map((path) => ({ path, county: region.level === 'county' })));
  const latencies: number[] = [];
  const county: number[] = [];
  let next = 0;
  const until = Date.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (Date.now() < until) {
        const request = paths[next++ % paths.length];
        const started = performance.now();
        const response = await fetch(`${base}${request?.path ?? ''}`, { headers: { authorization } });
        if (!response.ok) throw new Error(`statistics: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (request?.county) county.push(performance.now() - started);
      }
    }),
  );
  const [tally] = await dataSource.query<{ rows: number }[]>(`SELECT (SELECT count(*) FROM household_tally) + (SELECT count(*) FROM household_tally_by_day) AS rows`);
  return { requests: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), countyP95Ms: percentile(county, 95), tallyRows: Number(tally?.rows ?? 0) };
}
