import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import { lastValueFrom, Observable } from 'rxjs';
import { asDryRun } from './dry-run';

/** `?dryRun=true` on a command: try it and say what would happen, writing nothing. */
function isDryRun(request: Request): boolean {
  return request.method !== 'GET' && (request.query.dryRun === 'true' || request.query.dryRun === '1');
}

/**
 * A dry run answers `{ dryRun: true, result, applied }`: the answer the command would have
 * given, and for each case it would change the stage it would reach, how a rule ended it and
 * the effects; refusals are the same 4xx a real command gets.
 */
@Injectable()
export class DryRunInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !isDryRun(context.switchToHttp().getRequest<Request>())) return next.handle();
    return new Observable((subscriber) => {
      const { result, applied } = asDryRun(() => lastValueFrom(next.handle() as Observable<unknown>));
      result.then(
        (answer) => {
          subscriber.next({ dryRun: true, result: answer, applied });
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
    });
  }
}

/** Documents `dryRun` on a command. */
export const DryRunQuery = () => ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: '试算：true 时按规则完整办理后回滚，不写入任何数据，返回将会发生的结果' });
