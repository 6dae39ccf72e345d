import type { ValueTransformer } from 'typeorm';

/** numeric(12,2) yuan columns: pg returns a string; amounts this size are exact as JS numbers. */
export const yuanTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
