import type { MeetingKind } from '../meetings/meeting.entity';
import type { ObjectionStatus } from '../publicity/objection.entity';
import type { VerificationKind } from '../verifications/verification.entity';

/** Words a reviewer reads in the dossier, for the codes the records keep. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { group_review: '村民小组评议', representatives: '村民代表大会民主评议' };
export const VERIFICATION_KIND_LABELS: Record<VerificationKind, string> = { identification: '入户核实', exit: '退出核实', home_check: '入户核查' };
export const DECISION_LABELS: Record<string, string> = { approve: '通过', return: '退回', reject: '不通过' };
export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = { open: '待处理', upheld: '成立', dismissed: '不成立', cancelled: '已撤销' };
