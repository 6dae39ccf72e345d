import { ParseIntPipe, ParseUUIDPipe } from '@nestjs/common';
import { invalidFields } from './domain-error';

/** A UUID path or query parameter; a malformed one is a 400 that names it. */
export function uuidParam(field: string, optional = false): ParseUUIDPipe {
  return new ParseUUIDPipe({ optional, exceptionFactory: () => invalidFields([{ field, reason: '必须是 UUID 格式的编号' }]) });
}

/** An integer path parameter; a malformed one is a 400 that names it. */
export function intParam(field: string): ParseIntPipe {
  return new ParseIntPipe({ exceptionFactory: () => invalidFields([{ field, reason: '必须是整数' }]) });
}
