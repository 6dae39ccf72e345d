import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { invalidFields } from '../common/domain-error';
import { CaseView } from './case.view';

/** `If-Match: "7"` (or 7, or W/"7"): the case version the client saw. */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const version = Number(ifMatch.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isInteger(version) || version < 1) throw invalidFields([{ field: 'If-Match', reason: '须为案件版本号，如 "3" (案件应答的 ETag)' }]);
  return version;
}

/**
 * The case version from the request's If-Match header, or undefined. Read here rather than with
 * @Headers so the OpenAPI document lists the header once, optional (CaseCommand).
 */
export const ExpectedVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const header: string | string[] | undefined = context.switchToHttp().getRequest<Request>().headers['if-match'];
  return expectedVersion(typeof header === 'string' ? header : header?.[0]);
});

/** Documents a case command: the optional If-Match, and its answer, the case as it now stands (ETag: its new version). */
export const CaseCommand = () =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: '客户端所见的案件版本 (案件应答的 ETag，如 "3")；不一致时返回 412，不做任何更改' }),
    ApiCreatedResponse({ type: CaseView, description: '办理后的案件；ETag 为新的版本' }),
  );
