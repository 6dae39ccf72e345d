import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';
import { publicErrorPage } from './html';
import { ensureRequestId } from './request-id';
import { QueryFailedError } from 'typeorm';
import { malformedProblems } from './request-limits';
import { DependencyOutages } from '../health/dependency-outages';

const RETRY_AFTER_SECONDS = 5;
const UNAVAILABLE_MESSAGE = '服务暂时不可用 (数据库或缓存服务连接中断)，请稍后重试';

const STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.RoleNotAllowed]: HttpStatus.FORBIDDEN,
  [ErrorCode.OutsideJurisdiction]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.PersonInOtherHousehold]: HttpStatus.CONFLICT,
  [ErrorCode.RegionCodeTaken]: HttpStatus.CONFLICT,
  [ErrorCode.UsernameTaken]: HttpStatus.CONFLICT,
  [ErrorCode.TransitionNotAllowed]: HttpStatus.CONFLICT,
  [ErrorCode.RuleViolation]: HttpStatus.BAD_REQUEST,
  [ErrorCode.VersionMismatch]: HttpStatus.PRECONDITION_FAILED,
  [ErrorCode.CaseAlreadyOpen]: HttpStatus.CONFLICT,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Framework errors that are the client's fault, in the same shape as ours. */
const HTTP_CODES: Partial<Record<number, [ErrorCode, string]>> = {
  400: [ErrorCode.ValidationFailed, '请求格式有误'],
  401: [ErrorCode.Unauthenticated, '请先登录'],
  403: [ErrorCode.RoleNotAllowed, '无权执行此操作'],
  404: [ErrorCode.NotFound, '请求的资源不存在'],
  413: [ErrorCode.ValidationFailed, '请求内容过大'],
  415: [ErrorCode.ValidationFailed, '不支持的内容类型'],
  429: [ErrorCode.RateLimited, '请求过于频繁，请稍后再试'],
};

/**
 * The status of an error the client caused outside our code: Nest's HTTP exceptions, and the
 * body parser's (a bogus charset, an encoding it cannot inflate, a body too large).
 */
function clientErrorStatus(exception: unknown): number | null {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { status?: unknown; statusCode?: unknown } | null)?.status ?? (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** PostgreSQL's class 22 (data exception): numeric out of range, invalid text, and the like. */
function isDataException(exception: unknown): boolean {
  const code = exception instanceof QueryFailedError ? (exception.driverError as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('22');
}

/**
 * The one place where errors become HTTP answers: domain codes map to statuses; anything
 * unexpected is a 500 carrying the request id (which the log line carries too) and no stack.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  constructor(private readonly outages: DependencyOutages) {}

  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = ensureRequestId(request, response);

    if (exception instanceof DomainError) {
      response.status(STATUS[exception.code]).json({
        code: exception.code,
        message: exception.message,
        ...exception.details,
        requestId,
      });
      return;
    }
    const malformed = malformedProblems(exception);
    if (malformed) {
      response.status(400).json({ code: ErrorCode.ValidationFailed, message: '请求格式有误', errors: malformed, requestId });
      return;
    }
    const status = clientErrorStatus(exception);
    if (status !== null && HTTP_CODES[status]) {
      const [code, message] = HTTP_CODES[status] ?? [ErrorCode.Internal, ''];
      // Residents' pages answer with a page, not JSON.
      if (request.path.startsWith('/board')) {
        response.status(status).type('html').send(publicErrorPage(status, message));
        return;
      }
      response.status(status).json({ code, message, requestId });
      return;
    }
    // A server that is down: the request may be tried again shortly; logged once per outage.
    const dependency = this.outages.unreachable(exception);
    if (dependency) {
      this.outages.refused(dependency);
      response.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      if (request.path.startsWith('/board')) {
        response.type('html').send(publicErrorPage(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE));
        return;
      }
      response.json({ code: ErrorCode.ServiceUnavailable, message: UNAVAILABLE_MESSAGE, requestId });
      return;
    }
    // A value PostgreSQL refuses (out of range, not a valid text) is the client's input, not a fault.
    if (isDataException(exception)) {
      response.status(400).json({ code: ErrorCode.ValidationFailed, message: '输入的值超出范围或含有无法保存的字符', requestId });
      return;
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      code: ErrorCode.Internal,
      message: `服务器内部错误，请联系管理员并提供编号 ${requestId}`,
      requestId,
    });
  }
}
