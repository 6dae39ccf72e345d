import { ElMessage } from 'element-plus';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../session';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBody'];

/** An answer other than 2xx, with the API's Chinese message and, for a 400, the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }

  /** The reasons by field name (votes[0].inFavour → reason), to show beside the fields. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.body.errors ?? []).map((error) => [error.field, error.reason]));
  }
}

const authorization: Middleware = {
  onRequest({ request }) {
    if (session.token) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    // The token ran out (or the account was disabled): back to the login page, saying why.
    if (response.status === 401 && session.token) session.expire();
    return response;
  },
};

/** The API, typed from its OpenAPI document (npm run api:types). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(authorization);

/** The data of a 2xx answer, or an ApiError carrying the API's message (a network failure says so in Chinese). */
export async function unwrap<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof request>;
  try {
    result = await request;
  } catch {
    throw new ApiError(0, { code: 'SERVICE_UNAVAILABLE', message: '无法连接服务器，请检查网络后重试', requestId: '' } as ErrorBody);
  }
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as Partial<ErrorBody>;
  throw new ApiError(result.response.status, { code: body.code ?? 'INTERNAL_ERROR', message: body.message ?? `请求失败 (${result.response.status})`, requestId: body.requestId ?? '', errors: body.errors } as ErrorBody);
}

/**
 * Sends one of a case's allowed actions: its path comes from the API (`allowedActions`), so it is
 * sent as given, with the version the user saw as If-Match. A dry run (`dryRun`) answers what the
 * command would do (the stage each case would reach, a rule's rejection) and changes nothing.
 */
export async function sendAction(path: string, body: Record<string, unknown> | null, version: number | null, options: { dryRun?: boolean } = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(options.dryRun ? `${path}?dryRun=true` : path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(version === null ? {} : { 'If-Match': `"${version}"` }), ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}) },
      body: body === null ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'SERVICE_UNAVAILABLE', message: '无法连接服务器，请检查网络后重试', requestId: '' } as ErrorBody);
  }
  if (response.status === 401 && session.token) session.expire();
  const answer = (await response.json().catch(() => ({}))) as unknown;
  if (response.ok) return answer;
  const error = answer as Partial<ErrorBody>;
  throw new ApiError(response.status, { code: error.code ?? 'INTERNAL_ERROR', message: error.message ?? `请求失败 (${response.status})`, requestId: error.requestId ?? '', errors: error.errors } as ErrorBody);
}

/** A document the API answers (the dossier PDF), fetched with the token and opened in a new tab. */
export async function openDocument(path: string): Promise<void> {
  const opened = window.open('', '_blank');
  const response = await fetch(path, { headers: session.token ? { Authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) {
    opened?.close();
    const answer = (await response.json().catch(() => ({}))) as Partial<ErrorBody>;
    throw new ApiError(response.status, { code: answer.code ?? 'INTERNAL_ERROR', message: answer.message ?? '打开失败', requestId: answer.requestId ?? '' } as ErrorBody);
  }
  const url = URL.createObjectURL(await response.blob());
  if (opened) opened.location.href = url;
  else window.location.href = url;
}

/** A command's answer, whether it ran or was tried (`?dryRun=true` wraps it as { dryRun, result, applied }). */
export function answerOf<T extends object>(answer: T | { dryRun: true; result: T }): T {
  return 'dryRun' in answer && answer.dryRun === true ? (answer as { result: T }).result : (answer as T);
}

/**
 * What a form does with a refused request: the API's reasons beside their fields, its message on
 * screen. Anything but an API answer (a bug) is thrown on.
 */
export function showRefusal(error: unknown, fieldErrors: { value: Record<string, string> }): void {
  if (!(error instanceof ApiError)) throw error;
  fieldErrors.value = error.fieldErrors();
  ElMessage.error(error.message);
}
