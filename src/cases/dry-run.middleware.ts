import { ApiQuery } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { asDryRun, type AppliedCommand } from './dry-run';

/** `?dryRun=true` on a command: try it and say what would happen, writing nothing. */
function isDryRun(request: Request): boolean {
  return request.method !== 'GET' && (request.query.dryRun === 'true' || request.query.dryRun === '1');
}

/**
 * A dry run answers `{ dryRun: true, result, applied }`: the answer the command would have
 * given, and for each case it would change the stage it would reach, how a rule ended it and
 * the effects; refusals are the same 4xx a real command gets. The rest of the request runs in
 * the dry run (guards and pipes write nothing); a middleware rather than a Nest interceptor, for
 * the interceptor's cost on every request (case-etag.ts).
 */
export function dryRunMiddleware(request: Request, response: Response, next: NextFunction): void {
  if (!isDryRun(request)) return next();
  const json = response.json;
  let applied: AppliedCommand[] = [];
  response.json = function sendDryRun(this: Response, body: unknown) {
    return json.call(this, this.statusCode < 400 ? { dryRun: true, result: body, applied } : body);
  };
  applied = asDryRun(next).applied;
}

/** Documents `dryRun` on a command. */
export const DryRunQuery = () => ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: '试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果' });
