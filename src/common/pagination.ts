import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidFields } from './domain-error';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  // Digits only: "0x10" or "1e2" is no page size anyone types.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: '上一页返回的 nextCursor' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

/** A page of what lies in one region (cases, notices, objections), the actor's own by default. */
export class RegionPageQuery extends PageQuery {
  @ApiPropertyOptional({ description: '区划 (县、乡镇或村)，默认为本账号的管辖区划' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many match the filters, on every page. */
  total: number;
}

/** A sort column of a keyset page and how its cursor value is typed in SQL. */
export interface KeysetColumn<T> {
  column: string;
  sqlType: 'text' | 'uuid' | 'date' | 'timestamptz';
  valueOf: (item: T) => string;
}

/**
 * One page of a filtered list in keyset order (two columns, both ascending or both descending),
 * with the total the filters match: the count is taken before the cursor and the limit apply.
 */
export async function keysetPage<T, E extends ObjectLiteral = ObjectLiteral>(
  builder: SelectQueryBuilder<E>,
  query: PageQuery,
  order: readonly [KeysetColumn<T>, KeysetColumn<T>],
  read: (builder: SelectQueryBuilder<E>) => Promise<T[]>,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const limit = query.limit ?? 50;
  const total = await builder.clone().getCount();
  const [first, second] = order;
  builder.orderBy(first.column, direction).addOrderBy(second.column, direction).limit(limit + 1);
  if (query.cursor !== undefined) {
    const [after1, after2] = decodeCursor(query.cursor, 2);
    const beyond = direction === 'ASC' ? '>' : '<';
    builder.andWhere(`(${first.column}, ${second.column}) ${beyond} (CAST(:after1 AS ${first.sqlType}), CAST(:after2 AS ${second.sqlType}))`, { after1, after2 });
  }
  const rows = await read(builder);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, total, nextCursor: rows.length > limit && last ? encodeCursor([first.valueOf(last), second.valueOf(last)]) : null };
}

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row. */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts && key.every((part) => typeof part === 'string')) {
      return key;
    }
  } catch {
    // fall through
  }
  throw invalidFields([{ field: 'cursor', reason: '分页游标无效' }]);
}

/** Documents a list's answer: one page of `item`, the total the filters match, the cursor of the next page. */
export const ApiPage = (item: Type) =>
  applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description: '一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null',
      schema: {
        type: 'object',
        required: ['items', 'total', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          total: { type: 'integer', minimum: 0 },
          nextCursor: { type: 'string', nullable: true },
        },
      },
    }),
  );
