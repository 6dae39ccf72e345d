import type { FieldProblem } from '../../workflows/field-problem';

/**
 * Every refusal the domain knows, by code. Services throw DomainError with one of these;
 * DomainErrorFilter alone maps codes to HTTP statuses, so no service touches HTTP.
 */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  OutsideJurisdiction = 'OUTSIDE_JURISDICTION',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  PersonInOtherHousehold = 'PERSON_IN_OTHER_HOUSEHOLD',
  RegionCodeTaken = 'REGION_CODE_TAKEN',
  UsernameTaken = 'USERNAME_TAKEN',
  TransitionNotAllowed = 'TRANSITION_NOT_ALLOWED',
  RuleViolation = 'RULE_VIOLATION',
  VersionMismatch = 'VERSION_MISMATCH',
  CaseAlreadyOpen = 'CASE_ALREADY_OPEN',
  RateLimited = 'RATE_LIMITED',
  /** PostgreSQL or Redis cannot be reached: try again shortly. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

export type { FieldProblem };

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Shown to the user: Chinese. */
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A 400 for one or more fields, raised by services for rules a DTO cannot check alone. */
export function invalidFields(problems: FieldProblem[]): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, '输入有误', { errors: problems });
}

export function notFound(what: string): DomainError {
  return new DomainError(ErrorCode.NotFound, `${what}不存在`);
}
