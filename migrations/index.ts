import { CreateRegistryAndAccounts1795929707784 } from './1795929707784-CreateRegistryAndAccounts';
import { AddCasesJournalMeetingsAndPublicity1795931200391 } from './1795931200391-AddCasesJournalMeetingsAndPublicity';

/** Every migration in order; add each new one here (explicit beats a file glob under jest). */
export const MIGRATIONS: Function[] = [CreateRegistryAndAccounts1795929707784, AddCasesJournalMeetingsAndPublicity1795931200391];
