import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request's id: the caller's X-Request-Id when it is sane, else a new one, kept on the
 * request and echoed in the response. Also for requests refused before logging saw them (a
 * body that is no JSON), so every error body names one.
 */
export function ensureRequestId(request: IncomingMessage & { id?: unknown }, response: ServerResponse): string {
  if (typeof request.id === 'string' && request.id !== '') return request.id;
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  request.id = id;
  if (!response.headersSent) response.setHeader('X-Request-Id', id);
  return id;
}
