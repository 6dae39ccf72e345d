import type { Options } from 'pino-http';
import { ensureRequestId } from './request-id';

/** Query parameters whose values are personal data (ID numbers, their last digits, phones): never logged. */
const PERSONAL_QUERY = new Set(['idNumber', 'idLast4', 'phoneLast4', 'last4', 'phone']);

/** A request as pino-http serialises it, with its URL and query. */
interface LoggedRequest {
  url?: string;
  query?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The URL with the values of personal query parameters replaced. */
export function redactUrl(url: string): string {
  const [path, search] = url.split('?', 2);
  if (search === undefined) return url;
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (PERSONAL_QUERY.has(key)) params.set(key, '[redacted]');
  return `${path}?${params.toString()}`;
}

/** The logged request without personal data in its URL or query. */
export function redactRequest(request: LoggedRequest): LoggedRequest {
  const query = request.query
    ? Object.fromEntries(Object.entries(request.query).map(([key, value]) => [key, PERSONAL_QUERY.has(key) ? '[redacted]' : value]))
    : request.query;
  return { ...request, ...(request.url ? { url: redactUrl(request.url) } : {}), ...(query ? { query } : {}) };
}

/** How each request is logged: its id, its URL and query without personal data, never its credentials; 4xx as warnings, 5xx as errors. */
export function requestLogOptions(level: string): Options {
  return {
    level,
    genReqId: ensureRequestId,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    // Searches by ID number carry it in the query string: never in a log line.
    serializers: { req: redactRequest },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
  };
}
