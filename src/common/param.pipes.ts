import { ParseIntPipe, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { invalidFields } from './domain-error';

/** A UUID path or query parameter; a malformed one is a 400 that names it. */
export function uuidParam(field: string, optional = false): ParseUUIDPipe {
  return new ParseUUIDPipe({ optional, exceptionFactory: () => invalidFields([{ field, reason: '必须是 UUID 格式的编号' }]) });
}

/** An integer path parameter; a malformed one is a 400 that names it. */
export function intParam(field: string): ParseIntPipe {
  return new ParseIntPipe({ exceptionFactory: () => invalidFields([{ field, reason: '必须是整数' }]) });
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
