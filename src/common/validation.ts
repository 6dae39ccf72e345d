import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, ErrorCode, type FieldProblem } from './domain-error';

/** Chinese reasons for class-validator's constraints; the English text is the fallback. */
const REASONS: Record<string, (english: string) => string> = {
  whitelistValidation: () => '不允许的字段',
  isDefined: () => '必填',
  isNotEmpty: () => '不能为空',
  isString: () => '必须是字符串',
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isBoolean: () => '必须是布尔值 (true/false)',
  isUUID: () => '必须是 UUID',
  isArray: () => '必须是数组',
  isObject: () => '必须是对象',
  isDateString: () => '必须是日期 (YYYY-MM-DD)',
  isISO8601: () => '必须是日期 (YYYY-MM-DD)',
  min: (english) => `不能小于 ${english.replace(/.*not be less than /, '')}`,
  max: (english) => `不能大于 ${english.replace(/.*not be greater than /, '')}`,
  minLength: (english) => `长度不能少于 ${english.replace(/.*longer than or equal to (\d+).*/, '$1')} 个字符`,
  maxLength: (english) => `长度不能超过 ${english.replace(/.*shorter than or equal to (\d+).*/, '$1')} 个字符`,
  arrayMinSize: (english) => `至少需要 ${english.replace(/.*at least (\d+).*/, '$1')} 项`,
  arrayMaxSize: (english) => `最多 ${english.replace(/.*no more than (\d+).*/, '$1')} 项`,
  isIn: (english) => `取值必须是以下之一: ${english.replace(/.*following values: /, '')}`,
  isEnum: (english) => `取值必须是以下之一: ${english.replace(/.*following values: /, '')}`,
};

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // One spelling for positions everywhere: members[0].health, as the services write it.
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => ({
      field,
      reason: REASONS[constraint]?.(english) ?? english,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationProblems(errors: ValidationError[]): FieldProblem[] {
  return flatten(errors);
}

/** Unknown fields are refused, types are converted only where the DTO says so. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError(ErrorCode.ValidationFailed, '输入有误', { errors: flatten(errors) }),
  });
}
