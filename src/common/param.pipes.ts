import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { invalidFields } from './domain-error';

/** A UUID path or query parameter; a malformed one is a 400 that names it. */
export function uuidParam(field: string, optional = false): ParseUUIDPipe {
  return new ParseUUIDPipe({ optional, exceptionFactory: () => invalidFields([{ field, reason: '必须是 UUID 格式的编号' }]) });
}

/** A whole-number path parameter (an id, a year); a malformed or unreasonably large one is a 400 that names it. */
export function intParam(field: string): PipeTransform<unknown, number> {
  return {
    // The global validation pipe may have made it a number already (NaN when it was none).
    transform: (value: unknown) => {
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text === 'string' && /^\d{1,15}$/.test(text)) return Number(text);
      throw invalidFields([{ field, reason: '必须是不超过 15 位的正整数' }]);
    },
  };
}

/** A 12-digit statistical division code (统计用区划代码) in the query; a malformed one is a 400 that names it. */
export function regionCodeParam(field: string, optional = false): PipeTransform<unknown, string | undefined> {
  return {
    transform: (value: unknown) => {
      if (value === undefined && optional) return undefined;
      if (typeof value === 'string' && /^\d{12}$/.test(value)) return value;
      throw invalidFields([{ field, reason: '必须是 12 位统计用区划代码' }]);
    },
  };
}
