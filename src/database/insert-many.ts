import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { kept } from '../common/kept';

/** One SQL statement and its parameters, to run alone or combined with others (`together`). */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** A table's columns for properties, by table and properties: looked up once (each lookup scans the entity's columns). */
const columnLists = new Map<string, ColumnMetadata[]>();

function columnsOf<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, properties: readonly string[]): { table: string; columns: ColumnMetadata[] } {
  const metadata = tx.connection.getMetadata(target);
  const columns = kept(columnLists, `${metadata.tableName}\u0000${properties.join(',')}`, () =>
    properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
      return column;
    }),
  );
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
 * The unnest of the rows' columns (its text depends only on the columns and whether there is one
 * row) and its parameters.
 * - A single row (a command on one case) is unnested from `ARRAY[$n]`, whose length the planner
 *   knows even in a generic plan, so its prepared statement is planned once (preparedQuery); from
 *   an array parameter PostgreSQL assumes a hundred rows and plans the single row afresh each time.
 * - A jsonb column of many rows is sent as one JSON array of its values: as a `jsonb[]` parameter
 *   each snapshot was escaped again into an array literal (a meeting's largest cost after GC).
 *   JSON null stands for SQL NULL, as a null value does in the other columns.
 */
function unnestSql(columns: ColumnMetadata[], single: boolean): string {
  if (single) return `unnest(${columns.map((column, index) => `ARRAY[$${index + 1}]::${arrayType(column)}`).join(', ')})`;
  return `unnest(${columns
    .map((column, index) =>
      column.type === 'jsonb' ? `ARRAY(SELECT nullif(e, 'null') FROM jsonb_array_elements($${index + 1}::jsonb) WITH ORDINALITY AS x(e, i) ORDER BY i)` : `$${index + 1}::${arrayType(column)}`,
    )
    .join(', ')})`;
}

function unnestParams<T extends ObjectLiteral>(columns: ColumnMetadata[], rows: readonly Partial<T>[]): unknown[] {
  const arrays = arraysOf(columns, rows);
  if (rows.length === 1) return arrays.map((values) => values[0]);
  return arrays.map((values, index) => ((columns[index] as ColumnMetadata).type === 'jsonb' ? `[${values.map((value) => (value === null ? 'null' : (value as string))).join(',')}]` : values));
}

/**
 * Statement texts by their shape (the statement, its table and columns, one row or many, what it
 * adds): the same few for every command, so each is built once. Building them again cost a single
 * command about 3 % of the API's time (issue 18, the API's profile).
 */
const texts = new Map<string, string>();

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
  const { computed, suffix } = options;
  const sql = kept(texts, ['insert', table, properties.join(','), rows.length === 1, computed?.property, computed?.sql, suffix].join('\u0000'), () => {
    const names = [...columns, ...(computed ? columnsOf(tx, target, [computed.property]).columns : [])].map((column) => `"${column.databaseName}"`);
    const values = computed ? `v.*, ${computed.sql}` : '*';
    return `INSERT INTO "${table}" (${names.join(', ')}) SELECT ${values} FROM ${unnestSql(columns, rows.length === 1)} AS v${suffix ? ` ${suffix}` : ''}`;
  });
  return { sql, params: [...unnestParams(columns, rows), ...(options.params ?? [])] };
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
  const sql = kept(texts, ['update', table, key, properties.join(','), rows.length === 1, also.join(',')].join('\u0000'), () => {
    const names = columns.map((column) => `"${column.databaseName}"`);
    const [keyName, ...setNames] = names;
    return (
      `UPDATE "${table}" AS t SET ${[...setNames.map((name) => `${name} = v.${name}`), ...also].join(', ')} ` +
      `FROM ${unnestSql(columns, rows.length === 1)} AS v(${names.join(', ')}) WHERE t.${keyName} = v.${keyName}`
    );
  });
  return { sql, params: unnestParams(columns, rows) };
}

/** Statements' texts with their parameters counted from an offset, by text (mostly one of `texts`) and offset. */
const renumberings = new Map<string, Map<number, string>>();

function renumberedText(sql: string, offset: number): string {
  return kept(kept(renumberings, sql, () => new Map<number, string>()), offset, () => sql.replace(/\$(\d+)/g, (_match, index: string) => `$${Number(index) + offset}`));
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
    return { name: statement.name, sql: renumberedText(statement.sql, offset) };
  });
  const last = renumbered.pop();
  if (!last) throw new Error('together() needs at least one statement');
  if (renumbered.length === 0) return { sql: last.sql, params };
  const withs = renumbered.map((statement, index) => `${statement.name ?? `w${index}`} AS (${statement.sql})`);
  return { sql: `WITH ${withs.join(', ')} ${last.sql}`, params };
}
