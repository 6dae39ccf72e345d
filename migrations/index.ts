import { CreateRegistryAndAccounts1795929707784 } from './1795929707784-CreateRegistryAndAccounts';
import { AddCasesJournalMeetingsAndPublicity1795931200391 } from './1795931200391-AddCasesJournalMeetingsAndPublicity';
import { AddDeadlinesNotificationsWebhooksAndCalendar1795932200036 } from './1795932200036-AddDeadlinesNotificationsWebhooksAndCalendar';
import { AddObjectionNumbersAndSubmissionKeys1795934173012 } from './1795934173012-AddObjectionNumbersAndSubmissionKeys';
import { AddExitFollowUpsAndMonitoring1795938076195 } from './1795938076195-AddExitFollowUpsAndMonitoring';
import { AddMeasureHistory1795939834027 } from './1795939834027-AddMeasureHistory';
import { AddMeetingGroupAndEarlyFollowUpReason1796109809196 } from './1796109809196-AddMeetingGroupAndEarlyFollowUpReason';
import { StoreWebhookCountyAsTwelveDigitCode1796110374470 } from './1796110374470-StoreWebhookCountyAsTwelveDigitCode';
import { AddNoticeNumbers1796111000000 } from './1796111000000-AddNoticeNumbers';
import { TrackNotificationDelivery1796114820564 } from './1796114820564-TrackNotificationDelivery';
import { AddImportJobs1796128315990 } from './1796128315990-AddImportJobs';
import { AddRegionPopulation1796129495566 } from './1796129495566-AddRegionPopulation';
import { AddCaseLeads1796131114045 } from './1796131114045-AddCaseLeads';
import { AddHouseholdTally1796136213463 } from './1796136213463-AddHouseholdTally';
import { AddRiskReports1796139403445 } from './1796139403445-AddRiskReports';
import { AddRiskAlerts1796145008015 } from './1796145008015-AddRiskAlerts';
import { AddSweeps1796145780303 } from './1796145780303-AddSweeps';
import { TypeMeasureLedger1796147081405 } from './1796147081405-TypeMeasureLedger';
import { AddMicrocreditCertifications1796147414965 } from './1796147414965-AddMicrocreditCertifications';
import { AddHelpCadres1796147850971 } from './1796147850971-AddHelpCadres';
import { KeepJournalHeadOnCase1796151136731 } from './1796151136731-KeepJournalHeadOnCase';
import { AddOutboxDeliveryJob1796160000000 } from './1796160000000-AddOutboxDeliveryJob';
import { AddAccountChangeNotices1796160100000 } from './1796160100000-AddAccountChangeNotices';
import { AddBoardChangeNotices1796160200000 } from './1796160200000-AddBoardChangeNotices';
import { AddPolicyAndCalendarNotices1796160300000 } from './1796160300000-AddPolicyAndCalendarNotices';
import { AddOutboxAddedNotices1796160400000 } from './1796160400000-AddOutboxAddedNotices';
import { NarrowBoardCaseNotices1796160500000 } from './1796160500000-NarrowBoardCaseNotices';
import { CompressSnapshotsWithLz41796160600000 } from './1796160600000-CompressSnapshotsWithLz4';
import { KeepPolicyOutOfSnapshots1796160700000 } from './1796160700000-KeepPolicyOutOfSnapshots';
import { TellBoardsOfRenamesAndMoves1796160800000 } from './1796160800000-TellBoardsOfRenamesAndMoves';
import { CountExitsFromTheIndex1796160900000 } from './1796160900000-CountExitsFromTheIndex';
import { ReadVillageTalliesByVillage1796161000000 } from './1796161000000-ReadVillageTalliesByVillage';
import { KeepCasePolicyDigest1796161100000 } from './1796161100000-KeepCasePolicyDigest';

/** Every migration in order; add each new one here (explicit beats a file glob under jest). */
export const MIGRATIONS: Function[] = [
  CreateRegistryAndAccounts1795929707784,
  AddCasesJournalMeetingsAndPublicity1795931200391,
  AddDeadlinesNotificationsWebhooksAndCalendar1795932200036,
  AddObjectionNumbersAndSubmissionKeys1795934173012,
  AddExitFollowUpsAndMonitoring1795938076195,
  AddMeasureHistory1795939834027,
  AddMeetingGroupAndEarlyFollowUpReason1796109809196,
  StoreWebhookCountyAsTwelveDigitCode1796110374470,
  AddNoticeNumbers1796111000000,
  TrackNotificationDelivery1796114820564,
  AddImportJobs1796128315990,
  AddRegionPopulation1796129495566,
  AddCaseLeads1796131114045,
  AddHouseholdTally1796136213463,
  AddRiskReports1796139403445,
  AddRiskAlerts1796145008015,
  AddSweeps1796145780303,
  TypeMeasureLedger1796147081405,
  AddMicrocreditCertifications1796147414965,
  AddHelpCadres1796147850971,
  KeepJournalHeadOnCase1796151136731,
  AddOutboxDeliveryJob1796160000000,
  AddAccountChangeNotices1796160100000,
  AddBoardChangeNotices1796160200000,
  AddPolicyAndCalendarNotices1796160300000,
  AddOutboxAddedNotices1796160400000,
  NarrowBoardCaseNotices1796160500000,
  CompressSnapshotsWithLz41796160600000,
  KeepPolicyOutOfSnapshots1796160700000,
  TellBoardsOfRenamesAndMoves1796160800000,
  CountExitsFromTheIndex1796160900000,
  ReadVillageTalliesByVillage1796161000000,
  KeepCasePolicyDigest1796161100000,
];
