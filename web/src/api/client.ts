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

/** What a request answers when no server could be reached. */
const UNREACHABLE = { code: 'SERVICE_UNAVAILABLE', message: '无法连接服务器，请检查网络后重试', requestId: '' } as ErrorBody;

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
    throw new ApiError(0, UNREACHABLE);
  }
  if (result.response.ok) return result.data as T;
  throw refusal(result.response.status, result.error, '请求失败');
}

/** The API's Chinese refusal from the body of an answer that is not 2xx (whatever of it there is). */
function refusal(status: number, body: unknown, fallback: string): ApiError {
  const answer = (body ?? {}) as Partial<ErrorBody>;
  return new ApiError(status, { code: answer.code ?? 'INTERNAL_ERROR', message: answer.message ?? `${fallback} (${status})`, requestId: answer.requestId ?? '', errors: answer.errors } as ErrorBody);
}

/**
 * A request outside the typed client (a path the API gave, a file up or down), with the token;
 * answers a 2xx response, or throws the API's refusal (an expired token leads to sign-in).
 */
async function authorized(path: string, init: RequestInit = {}, fallback = '请求失败'): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}) } });
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (response.status === 401 && session.token) session.expire();
  if (!response.ok) throw refusal(response.status, await response.json().catch(() => ({})), fallback);
  return response;
}

/**
 * Sends one of a case's allowed actions: its path comes from the API (`allowedActions`), so it is
 * sent as given, with the version the user saw as If-Match. A dry run (`dryRun`) answers what the
 * command would do (the stage each case would reach, a rule's rejection) and changes nothing.
 */
export async function sendAction(path: string, body: Record<string, unknown> | null, version: number | null, options: { dryRun?: boolean } = {}): Promise<unknown> {
  const response = await authorized(options.dryRun ? `${path}?dryRun=true` : path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(version === null ? {} : { 'If-Match': `"${version}"` }) },
    body: body === null ? undefined : JSON.stringify(body),
  });
  return (await response.json().catch(() => ({}))) as unknown;
}

/** A document the API answers (the dossier PDF), fetched with the token and opened in a new tab. */
export async function openDocument(path: string): Promise<void> {
  const opened = window.open('', '_blank');
  try {
    const url = URL.createObjectURL(await (await authorized(path, {}, '打开失败')).blob());
    if (opened) opened.location.href = url;
    else window.location.href = url;
  } catch (error) {
    opened?.close();
    throw error;
  }
}

/** A file the API answers (a spreadsheet), saved under the name the API gives it; a refusal is said on screen. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  try {
    const response = await authorized(path, {}, '下载失败');
    const disposition = response.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } catch (error) {
    ElMessage.error(error instanceof ApiError ? error.message : '下载失败');
  }
}

/** A file sent as the request's body (the browser streams it from disk), answered as JSON. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const response = await authorized(path, { method: 'POST', headers: { 'Content-Type': file.type || 'application/octet-stream' }, body: file }, '上传失败');
  return (await response.json()) as T;
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
