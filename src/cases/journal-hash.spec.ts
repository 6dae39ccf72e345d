import { GENESIS_HASH, journalHash, type JournalContent } from './journal-hash';

const content: JournalContent = {
  caseId: 'c1',
  sequence: 1,
  occurredAt: '2026-03-02T02:00:00.000Z',
  accountId: 'a1',
  role: 'village',
  eventType: 'SUBMIT',
  payload: { b: 1, a: '中' },
  stageBefore: 'application',
  stageAfter: 'group_review',
  machineVersion: 1,
  policyVersion: 0,
};

describe('journalHash', () => {
  it('does not depend on key order', () => {
    expect(journalHash(GENESIS_HASH, { ...content, payload: { a: '中', b: 1 } })).toBe(journalHash(GENESIS_HASH, content));
  });

  it('changes with any field and with the previous hash', () => {
    const base = journalHash(GENESIS_HASH, content);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(journalHash(GENESIS_HASH, { ...content, payload: { b: 2, a: '中' } })).not.toBe(base);
    expect(journalHash(GENESIS_HASH, { ...content, stageAfter: 'rejected' })).not.toBe(base);
    expect(journalHash('f'.repeat(64), content)).not.toBe(base);
  });
});
