import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, ErrorCode, type FieldProblem } from './domain-error';
import { memoizeValidationRules } from './validation-rules';

/** The numbers class-validator's English message names (its messages are fixed templates). */
const numbers = (english: string): string[] => english.match(/-?\d+(\.\d+)?/g) ?? [];

/** Chinese reasons for class-validator's constraints, by constraint name. */
const REASONS: Record<string, (english: string) => string> = {
  whitelistValidation: () => '不允许的字段',
  isDefined: () => '必填',
  isNotEmpty: () => '不能为空',
  isString: () => '必须是字符串',
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isBoolean: () => '必须是布尔值 (true/false)',
  isUuid: () => '必须是 UUID 格式的编号',
  isArray: () => '必须是数组',
  isObject: () => '必须是对象',
  nestedValidation: () => '必须是对象或数组',
  isDateString: () => '必须是日期 (YYYY-MM-DD)',
  isIso8601: () => '必须是日期 (YYYY-MM-DD)',
  isUrl: () => '必须是网址 (http:// 或 https://)',
  arrayUnique: () => '不能有重复项',
  matches: () => '格式不正确',
  min: (english) => `不能小于 ${numbers(english).at(-1) ?? ''}`,
  max: (english) => `不能大于 ${numbers(english).at(-1) ?? ''}`,
  isLength: (english) => {
    const [count] = numbers(english);
    if (/longer than or equal to \d+ and shorter/.test(english)) return `长度须在 ${numbers(english).join(' 至 ')} 个字符之间`;
    return /longer than/.test(english) ? `长度不能少于 ${count ?? ''} 个字符` : `长度不能超过 ${count ?? ''} 个字符`;
  },
  minLength: (english) => `长度不能少于 ${numbers(english).at(-1) ?? ''} 个字符`,
  maxLength: (english) => `长度不能超过 ${numbers(english).at(-1) ?? ''} 个字符`,
  arrayMinSize: (english) => `至少需要 ${numbers(english).at(-1) ?? ''} 项`,
  arrayMaxSize: (english) => `最多 ${numbers(english).at(-1) ?? ''} 项`,
  isIn: (english) => `取值必须是以下之一: ${english.replace(/.*following values: /, '')}`,
  isEnum: (english) => `取值必须是以下之一: ${english.replace(/.*following values: /, '')}`,
};

/** A constraint's reason in Chinese (the DTO's own, or the constraint's); `each value in …` messages speak of every item of a list. */
function reasonOf(constraint: string, english: string): string {
  // A DTO's own message is already written for people.
  if (/[\u4e00-\u9fff]/.test(english)) return english;
  const reason = REASONS[constraint]?.(english) ?? '取值无效';
  return english.startsWith('each value in ') ? `每一项${reason}` : reason;
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // One spelling for positions everywhere: members[0].health, as the services write it.
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // A field left out is 必填, not a list of the ranges it would have had to meet.
    const missing = (error.value === undefined || error.value === null) && constraints.length > 0 && !error.constraints?.whitelistValidation;
    const own = missing ? [{ field, reason: '必填' }] : constraints.map(([constraint, english]) => ({ field, reason: reasonOf(constraint, english) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationProblems(errors: ValidationError[]): FieldProblem[] {
  return flatten(errors);
}

/** Unknown fields are refused, types are converted only where the DTO says so. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The value is read to tell a missing field from a wrong one; it never leaves the server.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) =>
      new DomainError(ErrorCode.ValidationFailed, '输入有误', { errors: flatten(errors) }),
  });
}
