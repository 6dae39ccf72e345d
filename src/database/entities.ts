import { StaffAccountEntity } from '../accounts/staff-account.entity';
import { AccessDenialEntity } from '../audit/access-denial.entity';
import { HouseholdChangeEntity } from '../households/household-change.entity';
import { HouseholdMemberEntity } from '../households/household-member.entity';
import { HouseholdEntity } from '../households/household.entity';
import { CaseEventEntity } from '../cases/case-event.entity';
import { CaseEntity } from '../cases/case.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { MeetingVoteEntity } from '../meetings/meeting-vote.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { CountyPolicyEntity } from '../policies/county-policy.entity';
import { ObjectionEntity } from '../publicity/objection.entity';
import { PublicityNoticeEntity } from '../publicity/publicity-notice.entity';
import { RegionEntity } from '../regions/region.entity';
import { VerificationEntity } from '../verifications/verification.entity';
import { CalendarDayEntity } from '../calendar/calendar-day.entity';
import { DeadlineEntity } from '../deadlines/deadline.entity';
import { NotificationDeliveryEntity } from '../notifications/notification-delivery.entity';
import { StaffNotificationEntity } from '../notifications/staff-notification.entity';
import { WebhookEntity } from '../webhooks/webhook.entity';
import { IncomeCheckEntity } from '../households/income-check.entity';
import { AssistanceMeasureEntity } from '../monitoring/assistance-measure.entity';
import { FollowUpVisitEntity } from '../follow-ups/follow-up-visit.entity';
import { ExitTargetEntity } from '../exits/exit-target.entity';
import { ImportFileChunkEntity, ImportJobEntity } from '../imports/import-job.entity';
import { RegionPopulationEntity } from '../statistics/region-population.entity';
import { RiskReportEntity } from '../risk-leads/risk-report.entity';
import { GroupTallyByDayEntity, GroupTallyEntity, HouseholdTallyPendingEntity, VillageTallyByDayEntity, VillageTallyEntity } from '../statistics/household-tally.entity';
import { CaseLeadEntity } from '../cases/case-lead.entity';
import { RiskAlertEntity } from '../imports/risk-alert.entity';
import { SweepEntity, SweepHouseholdEntity } from '../sweeps/sweep.entity';
import { MicrocreditCertificationEntity } from '../microcredit/microcredit-certification.entity';
import { CadrePairingEntity, CadreVisitEntity, HelpCadreEntity } from '../help-cadres/help-cadre.entity';

/** Every entity, listed once: the app, the migration tools and the schema check share it. */
export const ENTITIES = [
  RegionEntity,
  StaffAccountEntity,
  AccessDenialEntity,
  HouseholdEntity,
  HouseholdMemberEntity,
  HouseholdChangeEntity,
  CountyPolicyEntity,
  CaseEntity,
  CaseEventEntity,
  OutboxEntity,
  MeetingEntity,
  MeetingVoteEntity,
  VerificationEntity,
  PublicityNoticeEntity,
  ObjectionEntity,
  DeadlineEntity,
  StaffNotificationEntity,
  NotificationDeliveryEntity,
  WebhookEntity,
  CalendarDayEntity,
  IncomeCheckEntity,
  AssistanceMeasureEntity,
  FollowUpVisitEntity,
  ExitTargetEntity,
  ImportJobEntity,
  ImportFileChunkEntity,
  RegionPopulationEntity,
  HouseholdTallyPendingEntity,
  VillageTallyEntity,
  VillageTallyByDayEntity,
  GroupTallyEntity,
  GroupTallyByDayEntity,
  CaseLeadEntity,
  RiskReportEntity,
  RiskAlertEntity,
  SweepEntity,
  SweepHouseholdEntity,
  MicrocreditCertificationEntity,
  HelpCadreEntity,
  CadrePairingEntity,
  CadreVisitEntity,
];
