import type { StaffRole } from '../accounts/staff-role';

/** Who is acting, as the auth guard established it for this request. */
export interface Actor {
  accountId: string;
  username: string;
  role: StaffRole;
  /** Codes in the jurisdiction start with this; null for admins (the whole install). */
  scopePrefix: string | null;
  /** "METHOD /path", for the access-denial log. */
  action: string;
  requestId: string;
}
