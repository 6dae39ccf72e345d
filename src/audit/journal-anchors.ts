import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';

/** A case's chain head as a checkpoint saw it: case id, sequence, hash. */
export type Head = [caseId: string, sequence: number, hash: string];

/** One line of the anchor file: the heads that moved since the line before, signed, chained to it. */
interface AnchorLine {
  at: string;
  heads: Head[];
  previous: string;
  signature: string;
}

export interface Anchors {
  /** The latest anchored head of each case. */
  heads: Map<string, { sequence: number; hash: string; at: string }>;
  lines: number;
  /** Lines whose signature does not verify (edited, or written without the key). */
  forged: number;
  lastSignature: string;
  lastAt: string | null;
}

const sign = (key: string, line: Omit<AnchorLine, 'signature'>): string => createHmac('sha256', key).update(canonicalize(line) ?? '').digest('hex');

const sameSignature = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The journal's anchor outside the database (docs/decisions.md, "The journal against its own
 * administrator"): an append-only file of signed lines, each naming the case heads that moved
 * since the line before and chained to it by signature. The key (HMAC-SHA256) is never in the
 * database, so a database administrator who rewrites entries and recomputes their hashes cannot
 * make the anchored heads agree.
 */
export function readAnchors(file: string, key: string): Anchors {
  const anchors: Anchors = { heads: new Map(), lines: 0, forged: 0, lastSignature: '', lastAt: null };
  if (!existsSync(file)) return anchors;
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (text.trim() === '') continue;
    anchors.lines += 1;
    let line: AnchorLine;
    try {
      line = JSON.parse(text) as AnchorLine;
    } catch {
      anchors.forged += 1;
      continue;
    }
    const { signature, ...signed } = line;
    if (signed.previous !== anchors.lastSignature || !sameSignature(sign(key, signed), signature)) {
      anchors.forged += 1;
      continue;
    }
    for (const [caseId, sequence, hash] of line.heads) anchors.heads.set(caseId, { sequence, hash, at: line.at });
    anchors.lastSignature = signature;
    anchors.lastAt = line.at;
  }
  return anchors;
}

/** Appends a signed line of heads (also when none moved: the file then shows the checkpoint ran). */
export function appendAnchor(file: string, key: string, at: string, heads: Head[], previous: string): string {
  const signed = { at, heads, previous };
  const signature = sign(key, signed);
  appendFileSync(file, `${JSON.stringify({ ...signed, signature })}\n`, { mode: 0o600 });
  return signature;
}
