import type { Fraction } from './policy';

export interface VoteCount {
  inOffice: number;
  present: number;
  inFavour: number;
  against: number;
  abstaining: number;
}

/** At least the quorum share of those in office present; exactly 2/3 is enough. */
export function hasQuorum(vote: Pick<VoteCount, 'inOffice' | 'present'>, quorum: Fraction): boolean {
  return vote.inOffice > 0 && vote.present * quorum.denominator >= vote.inOffice * quorum.numerator;
}

/** More than half of those present in favour; exactly half fails (村民委员会组织法 art. 26). */
export function passesMajority(vote: Pick<VoteCount, 'present' | 'inFavour'>): boolean {
  return vote.inFavour * 2 > vote.present;
}

export type AppraisalOutcome = 'no_quorum' | 'passed' | 'failed';

export const APPRAISAL_OUTCOME_LABELS: Record<AppraisalOutcome, string> = {
  no_quorum: '到会人数不足法定比例，评议无效，须另行开会',
  passed: '通过',
  failed: '未获通过',
};

/** What a representatives' vote decides: nothing without quorum, else passed or failed. */
export function appraisalOutcome(vote: Pick<VoteCount, 'inOffice' | 'present' | 'inFavour'>, quorum: Fraction): AppraisalOutcome {
  if (!hasQuorum(vote, quorum)) return 'no_quorum';
  return passesMajority(vote) ? 'passed' : 'failed';
}

/** Counts that cannot be: more present than in office, more votes than people present. */
export function voteCountProblems(vote: VoteCount): { field: keyof VoteCount; reason: string }[] {
  const problems: { field: keyof VoteCount; reason: string }[] = [];
  if (vote.present > vote.inOffice) problems.push({ field: 'present', reason: '到会人数不能多于在任代表人数' });
  if (vote.inFavour + vote.against + vote.abstaining > vote.present) {
    problems.push({ field: 'inFavour', reason: '赞成、反对、弃权票之和不能多于到会人数' });
  }
  return problems;
}
