import { reactive } from 'vue';
import type { components } from './api/schema';

type Account = components['schemas']['AccountView'];

interface Stored {
  token: string;
  expiresAt: number;
  account: Account;
}

const KEY = 'jingzhun.session';
/** Why the last session ended, kept across the reload that leads to the login page. */
const ENDED_KEY = 'jingzhun.session-ended';

/**
 * Who is signed in. The token lives in sessionStorage: gone when the browser closes, never in a
 * cookie another site could send; a token past its time is not used.
 */
export const session = reactive({
  token: null as string | null,
  account: null as Account | null,
  expiresAt: 0,
  /** Why the last session ended, shown on the login page. */
  endedBecause: null as string | null,

  restore(): void {
    this.endedBecause = sessionStorage.getItem(ENDED_KEY);
    sessionStorage.removeItem(ENDED_KEY);
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return;
    const stored = JSON.parse(raw) as Stored;
    if (stored.expiresAt <= Date.now()) {
      sessionStorage.removeItem(KEY);
      this.endedBecause = '登录已过期，请重新登录';
      return;
    }
    Object.assign(this, { token: stored.token, account: stored.account, expiresAt: stored.expiresAt });
  },

  start(token: string, expiresIn: number, account: Account): void {
    const stored: Stored = { token, account, expiresAt: Date.now() + expiresIn * 1000 };
    sessionStorage.setItem(KEY, JSON.stringify(stored));
    Object.assign(this, { ...stored, endedBecause: null });
  },

  end(reason: string | null = null): void {
    sessionStorage.removeItem(KEY);
    Object.assign(this, { token: null, account: null, expiresAt: 0, endedBecause: reason });
  },

  expire(): void {
    this.end('登录已过期或账号已停用，请重新登录');
    sessionStorage.setItem(ENDED_KEY, this.endedBecause ?? '');
    window.location.assign(`${import.meta.env.BASE_URL}login`);
  },
});
