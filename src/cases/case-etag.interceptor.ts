import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';
import type { CaseView } from './case.view';

function isCaseView(body: unknown): body is Pick<CaseView, 'version'> {
  if (typeof body !== 'object' || body === null) return false;
  const view = body as Partial<CaseView>;
  return typeof view.caseNumber === 'string' && typeof view.version === 'number' && Array.isArray(view.allowedActions);
}

/**
 * A case answer's ETag is the case version, so a client sends it back as If-Match and a
 * stale page gets 412 (Express would otherwise put a hash of the body there).
 */
@Injectable()
export class CaseETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((body) => {
        if (context.getType() === 'http' && isCaseView(body)) context.switchToHttp().getResponse<Response>().setHeader('ETag', `"${body.version}"`);
      }),
    );
  }
}
