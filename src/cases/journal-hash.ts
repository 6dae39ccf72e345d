import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The "previous hash" of a case's first journal entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything a journal entry says; its hash covers all of it and the entry before. */
export interface JournalContent {
  caseId: string;
  sequence: number;
  occurredAt: string;
  accountId: string | null;
  role: string;
  eventType: string;
  payload: Record<string, unknown>;
  stageBefore: string | null;
  stageAfter: string;
  machineVersion: number;
  policyVersion: number;
}

/** SHA-256 over the previous hash and the RFC 8785 canonical JSON of the content. */
export function journalHash(previousHash: string, content: JournalContent): string {
  return createHash('sha256')
    .update(previousHash)
    .update(canonicalize(content) ?? '')
    .digest('hex');
}
