import { Transform } from 'class-transformer';

/** A query-string flag: "true" and "false" become booleans; anything else is left for @IsBoolean to refuse. */
export const BooleanQuery = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
