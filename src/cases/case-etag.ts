import type { NextFunction, Request, Response } from 'express';
import type { CaseView } from './case.view';

function isCaseView(body: unknown): body is Pick<CaseView, 'version'> {
  if (typeof body !== 'object' || body === null) return false;
  const view = body as Partial<CaseView>;
  return typeof view.caseNumber === 'string' && typeof view.version === 'number' && Array.isArray(view.allowedActions);
}

/**
 * A case answer's ETag is the case version, so a client sends it back as If-Match and a
 * stale page gets 412 (Express would otherwise put a hash of the body there). Set where the
 * answer is sent, not by a Nest interceptor: the first interceptor on a route puts every request
 * through rxjs and an async resource per step: 1.33 against 1.10 ms of the API's CPU a command
 * (issue 18, BENCHMARKS.md).
 */
export function caseETag(_request: Request, response: Response, next: NextFunction): void {
  const json = response.json;
  response.json = function sendWithETag(this: Response, body: unknown) {
    if (isCaseView(body)) this.setHeader('ETag', `"${body.version}"`);
    return json.call(this, body);
  };
  next();
}
