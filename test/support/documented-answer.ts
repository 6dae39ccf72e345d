/** An OpenAPI 3.0 schema as Nest writes them: $ref, allOf of one $ref, nullable, objects, arrays, scalars. */
interface Schema {
  $ref?: string;
  allOf?: Schema[];
  nullable?: boolean;
  type?: 'string' | 'boolean' | 'number' | 'integer' | 'array' | 'object';
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
}

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

/**
 * Where an answer departs from its documented schema: a property the schema does not name, a
 * required one missing, a value of another type, a null where none is allowed. Empty: it conforms.
 */
export function departures(document: Document, path: string, method: string, status: number, body: unknown): string[] {
  const schema = document.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return [`${method.toUpperCase()} ${path} ${status}: no documented schema`];
  const resolve = (given: Schema): Schema => {
    if (given.$ref) return resolve(document.components.schemas[given.$ref.replace('#/components/schemas/', '')] ?? {});
    if (given.allOf?.length === 1 && given.allOf[0]) return { ...resolve(given.allOf[0]), nullable: given.nullable ?? false };
    return given;
  };
  const problems: string[] = [];
  const check = (given: Schema, value: unknown, at: string): void => {
    const nullable = given.nullable === true;
    const target = resolve(given);
    if (value === null) {
      if (!nullable && !target.nullable) problems.push(`${at}: null where the schema allows none`);
      return;
    }
    if (target.enum && !target.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(target.enum)}`);
    switch (target.type) {
      case 'string':
      case 'boolean':
        if (typeof value !== target.type) problems.push(`${at}: ${typeof value} where ${target.type} is documented`);
        return;
      case 'number':
      case 'integer':
        if (typeof value !== 'number') problems.push(`${at}: ${typeof value} where ${target.type} is documented`);
        return;
      case 'array':
        if (!Array.isArray(value)) problems.push(`${at}: not an array`);
        else value.forEach((item, index) => check(target.items ?? {}, item, `${at}[${index}]`));
        return;
      case 'object':
      case undefined:
        if (typeof value !== 'object' || Array.isArray(value)) {
          problems.push(`${at}: ${Array.isArray(value) ? 'array' : typeof value} where an object is documented`);
          return;
        }
        if (!target.properties) return; // a free-form object (additionalProperties)
        for (const name of target.required ?? []) if (!(name in value)) problems.push(`${at}.${name}: required but missing`);
        for (const [name, item] of Object.entries(value)) {
          const property = target.properties[name];
          if (property) check(property, item, `${at}.${name}`);
          else problems.push(`${at}.${name}: not documented`);
        }
    }
  };
  check(schema, body, 'body');
  return problems;
}
