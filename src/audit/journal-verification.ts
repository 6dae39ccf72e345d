import type { DataSource } from 'typeorm';
import { GENESIS_HASH, journalHash } from '../cases/journal-hash';
import type { Anchors } from './journal-anchors';

export interface BrokenEntry {
  caseId: string;
  sequence: number;
  reason: string;
}

export interface JournalReport {
  intact: boolean;
  casesChecked: number;
  entriesChecked: number;
  firstBroken: BrokenEntry | null;
  /** Every broken case (its first broken entry), up to a thousand; `brokenCases` counts them all. */
  broken: BrokenEntry[];
  brokenCases: number;
  /** What the checkpoints outside the database say: cases whose anchored head no longer matches, and forged anchor lines. */
  anchors: { lines: number; forged: number; casesAnchored: number; lastAt: string | null } | null;
}

const MAX_LISTED = 1000;

/** A case_event row as PostgreSQL returns it. */
export interface EntryRow {
  case_id: string;
  sequence: number;
  occurred_at: Date;
  account_id: string | null;
  role: string;
  event_type: string;
  payload: Record<string, unknown>;
  stage_before: string | null;
  stage_after: string;
  machine_version: number;
  policy_version: number;
  previous_hash: string;
  hash: string;
}

const CASES_PER_BATCH = 500;

/**
 * Walks every case's chain: sequence 1, 2, 3 … without gaps, each entry's previous hash equal
 * to the hash before it, each hash recomputed from the content. A case's version counts its
 * entries (one to open it, one per change), so a chain cut short at its end is caught too.
 * `scopePrefix` limits the walk to a county's (or township's) cases.
 */
export async function verifyJournal(dataSource: DataSource, scopePrefix: string | null, anchors: Anchors | null = null): Promise<JournalReport> {
  let casesChecked = 0;
  let entriesChecked = 0;
  let brokenCases = 0;
  const broken: BrokenEntry[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const cases = await dataSource.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM procedure_case WHERE id > $1 AND village_code LIKE $2 ORDER BY id LIMIT ${CASES_PER_BATCH}`,
      [after, `${scopePrefix ?? ''}%`],
    );
    if (cases.length === 0) break;
    after = cases[cases.length - 1]?.id ?? after;
    const entries = await dataSource.query<EntryRow[]>(
      `SELECT * FROM case_event WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, sequence`,
      [cases.map((row) => row.id)],
    );
    const byCase = new Map<string, EntryRow[]>();
    for (const entry of entries) byCase.set(entry.case_id, [...(byCase.get(entry.case_id) ?? []), entry]);
    for (const row of cases) {
      casesChecked += 1;
      const chain = byCase.get(row.id) ?? [];
      const problem = checkChain(row.id, row.version, chain) ?? checkAnchor(row.id, chain, anchors);
      entriesChecked += chain.length;
      if (problem) {
        brokenCases += 1;
        if (broken.length < MAX_LISTED) broken.push(problem);
      }
    }
  }
  const anchorSummary = anchors ? { lines: anchors.lines, forged: anchors.forged, casesAnchored: anchors.heads.size, lastAt: anchors.lastAt } : null;
  return { intact: brokenCases === 0 && (anchors?.forged ?? 0) === 0, casesChecked, entriesChecked, firstBroken: broken[0] ?? null, broken, brokenCases, anchors: anchorSummary };
}

/** A chain that verifies by itself may have been rewritten whole: its anchored head must still be there. */
function checkAnchor(caseId: string, chain: EntryRow[], anchors: Anchors | null): BrokenEntry | null {
  const anchored = anchors?.heads.get(caseId);
  if (!anchored) return null;
  const entry = chain[anchored.sequence - 1];
  if (entry?.hash === anchored.hash) return null;
  return { caseId, sequence: anchored.sequence, reason: `entry ${anchored.sequence} does not match the checkpoint of ${anchored.at} (rewritten since)` };
}

/** The hash a stored journal row should carry, from its columns and the hash before it. */
export function rowHash(previous: string, caseId: string, entry: EntryRow): string {
  return journalHash(previous, {
    caseId,
    sequence: entry.sequence,
    occurredAt: entry.occurred_at.toISOString(),
    accountId: entry.account_id,
    role: entry.role,
    eventType: entry.event_type,
    payload: entry.payload,
    stageBefore: entry.stage_before,
    stageAfter: entry.stage_after,
    machineVersion: entry.machine_version,
    policyVersion: entry.policy_version,
  });
}

function checkChain(caseId: string, version: number, chain: EntryRow[]): BrokenEntry | null {
  let previous = GENESIS_HASH;
  for (const [index, entry] of chain.entries()) {
    if (entry.sequence !== index + 1) return { caseId, sequence: index + 1, reason: `entry ${index + 1} is missing (found ${entry.sequence})` };
    if (entry.previous_hash !== previous) return { caseId, sequence: entry.sequence, reason: 'previous hash does not match the entry before' };
    const recomputed = rowHash(previous, caseId, entry);
    if (recomputed !== entry.hash) return { caseId, sequence: entry.sequence, reason: 'content does not match its hash' };
    previous = entry.hash;
  }
  if (chain.length !== version) {
    return { caseId, sequence: chain.length + 1, reason: `the case is at version ${version} but its journal has ${chain.length} entries` };
  }
  return null;
}
