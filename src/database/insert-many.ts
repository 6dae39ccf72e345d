import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Many rows in one INSERT with one parameter per column (`unnest` of arrays), where TypeORM's
 * insert builds a parameter and an expression per value and reads the ids back (in a roster
 * import, 37 % of everything the worker allocated). The rows carry their own ids; only the
 * columns named are written (the others take their defaults); transformers apply as in TypeORM.
 */
export async function insertMany<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, properties: Extract<keyof T, string>[], rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = tx.connection.getMetadata(target);
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
    return column;
  });
  const arrays = columns.map((column) =>
    rows.map((row) => {
      const value: unknown = row[column.propertyName as keyof T];
      const stored: unknown = column.transformer && !Array.isArray(column.transformer) ? column.transformer.to(value) : value;
      if (stored === undefined || stored === null) return null;
      return column.type === 'jsonb' ? JSON.stringify(stored) : stored;
    }),
  );
  const unnested = columns.map((column, index) => `$${index + 1}::${column.type === 'enum' ? `"${column.enumName ?? ''}"` : String(column.type)}[]`);
  await tx.query(`INSERT INTO "${metadata.tableName}" (${columns.map((column) => `"${column.databaseName}"`).join(', ')}) SELECT * FROM unnest(${unnested.join(', ')})`, arrays);
}
