import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** One SQL statement and its parameters, to run alone or combined with others (`together`). */
export interface Statement {
  sql: string;
  params: unknown[];
}

function columnsOf<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, properties: readonly string[]): { table: string; columns: ColumnMetadata[] } {
  const metadata = tx.connection.getMetadata(target);
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
    return column;
  });
  return { table: metadata.tableName, columns };
}

/** Each column's values as one array parameter; transformers apply as in TypeORM. */
function arraysOf<T extends ObjectLiteral>(columns: ColumnMetadata[], rows: readonly Partial<T>[]): unknown[][] {
  return columns.map((column) =>
    rows.map((row) => {
      const value: unknown = row[column.propertyName as keyof T];
      const stored: unknown = column.transformer && !Array.isArray(column.transformer) ? column.transformer.to(value) : value;
      if (stored === undefined || stored === null) return null;
      return column.type === 'jsonb' ? JSON.stringify(stored) : stored;
    }),
  );
}

/** The array type of a column's parameter (a bare `char` would be char(1) and cut the values). */
function arrayType(column: ColumnMetadata): string {
  const type = column.type === 'enum' ? `"${column.enumName ?? ''}"` : column.type === 'char' ? 'bpchar' : String(column.type);
  return `${type}[]`;
}

/**
 * The unnest of the rows' columns and its parameters.
 * - A single row (a command on one case) is unnested from `ARRAY[$n]`, whose length the planner
 *   knows even in a generic plan, so its prepared statement is planned once (preparedQuery); from
 *   an array parameter PostgreSQL assumes a hundred rows and plans the single row afresh each time.
 * - A jsonb column of many rows is sent as one JSON array of its values: as a `jsonb[]` parameter
 *   each snapshot was escaped again into an array literal (a meeting's largest cost after GC).
 *   JSON null stands for SQL NULL, as a null value does in the other columns.
 */
function unnestOf<T extends ObjectLiteral>(columns: ColumnMetadata[], rows: readonly Partial<T>[]): { sql: string; params: unknown[] } {
  const arrays = arraysOf(columns, rows);
  if (rows.length === 1) return { sql: `unnest(${columns.map((column, index) => `ARRAY[$${index + 1}]::${arrayType(column)}`).join(', ')})`, params: arrays.map((values) => values[0]) };
  const jsonArray = (column: ColumnMetadata) => column.type === 'jsonb';
  return {
    sql: `unnest(${columns
      .map((column, index) =>
        jsonArray(column) ? `ARRAY(SELECT nullif(e, 'null') FROM jsonb_array_elements($${index + 1}::jsonb) WITH ORDINALITY AS x(e, i) ORDER BY i)` : `$${index + 1}::${arrayType(column)}`,
      )
      .join(', ')})`,
    params: arrays.map((values, index) => (jsonArray(columns[index] as ColumnMetadata) ? `[${values.map((value) => (value === null ? 'null' : (value as string))).join(',')}]` : values)),
  };
}

/**
 * Many rows in one INSERT with one parameter per column (`unnest` of arrays), where TypeORM's
 * insert builds a parameter and an expression per value and reads the ids back (in a roster
 * import, 37 % of everything the worker allocated). The rows carry their own ids; only the
 * columns named are written (the others take their defaults).
 */
export function insertManyStatement<T extends ObjectLiteral>(
  tx: EntityManager,
  target: EntityTarget<T>,
  properties: Extract<keyof T, string>[],
  rows: readonly Partial<T>[],
  /** A column each row gets from SQL (a number from a sequence), with the parameters it names after the rows' ($n from the columns' count + 1); and what follows the SELECT (ON CONFLICT, RETURNING). */
  options: { computed?: { property: Extract<keyof T, string>; sql: string }; params?: unknown[]; suffix?: string } = {},
): Statement {
  const { table, columns } = columnsOf(tx, target, properties);
  const computed = options.computed ? columnsOf(tx, target, [options.computed.property]).columns : [];
  const names = [...columns, ...computed].map((column) => `"${column.databaseName}"`);
  const values = options.computed ? `v.*, ${options.computed.sql}` : '*';
  const unnest = unnestOf(columns, rows);
  return {
    sql: `INSERT INTO "${table}" (${names.join(', ')}) SELECT ${values} FROM ${unnest.sql} AS v${options.suffix ? ` ${options.suffix}` : ''}`,
    params: [...unnest.params, ...(options.params ?? [])],
  };
}

export async function insertMany<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, properties: Extract<keyof T, string>[], rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = insertManyStatement(tx, target, properties, rows);
  await tx.query(sql, params);
}

/**
 * Many rows updated in one UPDATE: each row's `key` finds it, the other properties named are
 * set to the row's values (unnested arrays, as in an insert). `also` are further assignments
 * in SQL, on the table as `t` (a version column counted up).
 */
export function updateManyStatement<T extends ObjectLiteral>(
  tx: EntityManager,
  target: EntityTarget<T>,
  key: Extract<keyof T, string>,
  properties: Extract<keyof T, string>[],
  rows: readonly Partial<T>[],
  also: readonly string[] = [],
): Statement {
  const { table, columns } = columnsOf(tx, target, [key, ...properties]);
  const names = columns.map((column) => `"${column.databaseName}"`);
  const [keyName, ...setNames] = names;
  const unnest = unnestOf(columns, rows);
  return {
    sql:
      `UPDATE "${table}" AS t SET ${[...setNames.map((name) => `${name} = v.${name}`), ...also].join(', ')} ` +
      `FROM ${unnest.sql} AS v(${names.join(', ')}) WHERE t.${keyName} = v.${keyName}`,
    params: unnest.params,
  };
}

/**
 * Several statements sent as one, each a WITH query of the last (`name` lets a later one read
 * an earlier one's RETURNING rows). PostgreSQL runs them on one snapshot: none sees the rows
 * another writes, and no two may change the same row, which the caller keeps to.
 */
export function together(statements: readonly (Statement & { name?: string })[]): Statement {
  const params: unknown[] = [];
  const renumbered = statements.map((statement) => {
    const offset = params.length;
    params.push(...statement.params);
    return { name: statement.name, sql: statement.sql.replace(/\$(\d+)/g, (_match, index: string) => `$${Number(index) + offset}`) };
  });
  const last = renumbered.pop();
  if (!last) throw new Error('together() needs at least one statement');
  if (renumbered.length === 0) return { sql: last.sql, params };
  const withs = renumbered.map((statement, index) => `${statement.name ?? `w${index}`} AS (${statement.sql})`);
  return { sql: `WITH ${withs.join(', ')} ${last.sql}`, params };
}
