/**
 * The API's own OpenAPI document, read at run time where a screen needs what the types cannot
 * carry: a setting's description and its legal range (minimum, maximum), so a form shows the
 * limits the API enforces rather than a copy of them.
 */
export interface SchemaNode {
  type?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  enum?: (string | number)[];
  nullable?: boolean;
  $ref?: string;
  allOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
}

interface OpenApiDocument {
  components: { schemas: Record<string, SchemaNode> };
}

let loading: Promise<OpenApiDocument> | null = null;

function documentOnce(): Promise<OpenApiDocument> {
  loading ??= fetch('/docs-json').then(async (response) => {
    if (!response.ok) throw new Error(`docs-json ${response.status}`);
    return (await response.json()) as OpenApiDocument;
  });
  loading.catch(() => (loading = null));
  return loading;
}

/** A component's schema with every reference followed: `schemaAt('publicityDays.village')` answers the leaf. */
export class ComponentSchema {
  constructor(
    private readonly document: OpenApiDocument,
    private readonly root: SchemaNode,
  ) {}

  static async load(component: string): Promise<ComponentSchema> {
    const document = await documentOnce();
    const root = document.components.schemas[component];
    if (!root) throw new Error(`no schema ${component}`);
    return new ComponentSchema(document, root);
  }

  /** A property's own description and range, with its referenced schema's shape merged in. */
  private resolve(node: SchemaNode): SchemaNode {
    const reference = node.$ref ?? node.allOf?.find((part) => part.$ref)?.$ref;
    if (!reference) return node;
    const target = this.document.components.schemas[reference.replace('#/components/schemas/', '')] ?? {};
    return { ...this.resolve(target), ...node, $ref: undefined, allOf: undefined };
  }

  at(path: string): SchemaNode {
    let node = this.resolve(this.root);
    for (const key of path.split('.')) {
      node = this.resolve(node.properties?.[key] ?? {});
    }
    return node;
  }
}
