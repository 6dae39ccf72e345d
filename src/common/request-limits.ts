import type { FieldProblem } from './domain-error';

/**
 * What the parsers accept, in one place: JSON bodies nested at most this deep, texts without
 * NUL or lone surrogates (PostgreSQL refuses both), numbers a person could mean, no prototype
 * keys. A request outside these is a 400 naming the field, before any code sees it.
 */
export const REQUEST_LIMITS = {
  jsonBytes: '5mb',
  jsonDepth: 32,
  /** Larger magnitudes, or tinier non-zero ones, are no count, amount or year anyone types. */
  largestNumber: 1e12,
  smallestNumber: 1e-6,
} as const;

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The body parser keeps only an error's message: the problems travel in it, behind this mark. */
const MARK = 'jingzhun-malformed:';

/** A request a parser refused, with the field at fault; answered 400 by the error filter. */
export class MalformedRequest extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  constructor(readonly problems: FieldProblem[]) {
    super(`${MARK}${JSON.stringify(problems)}`);
  }
}

/** The problems of a request a parser refused (ours, or the body parser's re-thrown copy of ours), or null. */
export function malformedProblems(error: unknown): FieldProblem[] | null {
  // The body parser strips an error's own fields but its message: read them from there.
  const message = error instanceof Error ? error.message : '';
  const at = message.indexOf(MARK);
  if (at < 0) return null;
  try {
    return JSON.parse(message.slice(at + MARK.length)) as FieldProblem[];
  } catch {
    return null;
  }
}

/** Why a text cannot be stored, or null. */
function textProblem(text: string): string | null {
  if (text.includes('\0')) return '不能包含空字符 (\\u0000)';
  if (LONE_SURROGATE.test(text)) return '含有无效的字符编码 (孤立的代理字符)';
  return null;
}

/** For JSON.parse: refuses what no field may hold, naming the key. */
export function jsonReviver(this: unknown, key: string, value: unknown): unknown {
  const field = key === '' ? 'body' : key;
  if (PROTOTYPE_KEYS.has(key)) throw new MalformedRequest([{ field, reason: '不允许的字段' }]);
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw new MalformedRequest([{ field, reason: problem }]);
  }
  if (typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > REQUEST_LIMITS.largestNumber || (value !== 0 && Math.abs(value) < REQUEST_LIMITS.smallestNumber))) {
    throw new MalformedRequest([{ field, reason: '数字超出可接受的范围' }]);
  }
  return value;
}

/** For body-parser's verify: refuses JSON nested deeper than the limit before it is parsed (a deep one overflows the parser's stack). */
export function verifyJsonDepth(_request: unknown, _response: unknown, body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index];
    if (inString) {
      if (byte === 0x5c) index += 1; // skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > REQUEST_LIMITS.jsonDepth) throw new MalformedRequest([{ field: 'body', reason: `嵌套层数超过 ${REQUEST_LIMITS.jsonDepth} 层` }]);
    } else if (byte === 0x5d || byte === 0x7d) {
      depth -= 1;
    }
  }
}

/** Query parameters and form fields: the same texts refused. */
export function valuesProblems(values: Record<string, unknown>, prefix = ''): FieldProblem[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    return PROTOTYPE_KEYS.has(key) ? [{ field, reason: '不允许的字段' }] : valueProblems(value, field);
  });
}

function valueProblems(value: unknown, field: string): FieldProblem[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ field, reason: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => valueProblems(item, `${field}[${index}]`));
  if (value !== null && typeof value === 'object') return valuesProblems(value as Record<string, unknown>, field);
  return [];
}
