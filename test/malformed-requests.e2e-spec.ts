import { gzipSync } from 'node:zlib';
import type { OpenAPIV3 } from 'openapi-types';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

type Schema = OpenAPIV3.SchemaObject & { $ref?: string };

interface Probe {
  method: string;
  path: string;
  token: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  query?: Record<string, string>;
  what: string;
}

const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

/**
 * Malformed requests built from the OpenAPI document itself: every operation, every field
 * missing, null, of the wrong type, out of range, with a NUL or a lone surrogate, prototype
 * keys, deep nesting, a bogus charset or encoding. Each must get a 4xx and change nothing.
 */
describe('Malformed requests (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;
  let admin = '';

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    await createAccount(sut.dataSource, 'fuzz-admin', 'admin', null);
    admin = await sut.login('fuzz-admin', PASSWORD);
  });

  afterAll(() => sut.close());

  /** What any of these requests could have changed. */
  const fingerprint = async () =>
    JSON.stringify(
      await sut.dataSource.query(
        `SELECT (SELECT count(*) FROM case_event) AS journal, (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM procedure_case) AS cases,
                (SELECT coalesce(sum(version), 0) FROM procedure_case) AS versions, (SELECT count(*) FROM household) AS households, (SELECT count(*) FROM household_member) AS members,
                (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM verification) AS visits, (SELECT count(*) FROM publicity_notice) AS notices,
                (SELECT count(*) FROM objection) AS objections, (SELECT count(*) FROM region) AS regions, (SELECT count(*) FROM staff_account) AS accounts,
                (SELECT count(*) FROM county_policy) AS policies, (SELECT count(*) FROM webhook) AS webhooks, (SELECT count(*) FROM assistance_measure) AS measures`,
      ),
    );

  it('answers at least 5,000 malformed requests with a 4xx each and changes nothing', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened());
    const view = await driver.view();
    const document = (await sut.http().get('/docs-json')).body as OpenAPIV3.Document;
    const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
    const resolve = (schema: Schema | undefined): Schema | undefined => (schema?.$ref ? schemas[schema.$ref.split('/').pop() ?? ''] : schema);

    /** Real ids where the path names them, so requests reach past the lookup. */
    const ids: Record<string, string> = { id: view.id, countyId: tree.county.id, year: '2026', memberId: SAMPLE_UUID };
    /** The tokens of the roles an operation is for: reads by every staff level (each filters by its jurisdiction), commands by the one that sends them. */
    const fitting = (path: string, method: string): string[] => {
      if (/^\/(accounts|calendar)/.test(path) || (path.startsWith('/regions') && method !== 'get')) return [admin];
      if (/county-decision|^\/counties|^\/webhooks|^\/exit-targets|^\/audit/.test(path)) return [tokens.county];
      if (/township-decision/.test(path)) return [tokens.township];
      return method === 'get' ? [tokens.village, tokens.township, tokens.county] : [tokens.village];
    };
    /** A value of the field's type (the body around a mutation). */
    const plain = (schema: Schema | undefined): unknown => {
      const resolved = resolve(schema);
      if (!resolved) return 'a';
      if (resolved.enum) return resolved.enum[0];
      switch (resolved.type) {
        case 'integer':
        case 'number':
          return 1;
        case 'boolean':
          return true;
        case 'array':
          return [];
        case 'object':
          return {};
        case 'string':
        case undefined:
          return resolved.format === 'uuid' ? SAMPLE_UUID : 'a';
      }
    };
    /** Values no field of this type accepts. */
    const wrong = (schema: Schema | undefined): unknown[] => {
      const resolved = resolve(schema);
      const type = resolved?.type;
      const texts = ['a\u0000b', '\u0000', '\ud800', 'a\udfffb', '\ud83d ', 'x'.repeat(100_001)];
      if (type === 'integer' || type === 'number') return ['x', '1', true, 2147483648, 1e308, -1e308, 1e-320, -1e13, [1], { n: 1 }];
      if (type === 'boolean') return ['yes', 1, null];
      if (type === 'array') return ['x', 1, { a: 1 }, ['a\u0000'], ['\udc00']];
      if (type === 'object') return ['x', 1, [], true, { x: 'a\u0000' }];
      return [...texts, 12345, true, { a: 1 }, []];
    };

    const probes: Probe[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item ?? {}) as [string, OpenAPIV3.OperationObject][]) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name] ?? SAMPLE_UUID);
        const roles = fitting(template, method);
        const probe = (what: string, extra: Partial<Probe>) => {
          for (const token of roles) probes.push({ method, path, token, what: `${method.toUpperCase()} ${template}: ${what}`, ...extra });
        };
        // Path parameters out of shape.
        for (const name of [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')) {
          for (const bad of ['99999999999999999999', 'not-an-id', '%00', '%ED%A0%80']) probe(`${name}=${bad}`, { path: template.replace(`{${name}}`, bad).replace(/\{(\w+)\}/g, (_match, other: string) => ids[other] ?? SAMPLE_UUID) });
        }
        // Query parameters.
        for (const parameter of (operation.parameters ?? []) as OpenAPIV3.ParameterObject[]) {
          if (parameter.in !== 'query') continue;
          const type = resolve(parameter.schema)?.type;
          // A lone surrogate cannot travel in a URL (it arrives as U+FFFD); a NUL can.
          const textual = ['a\u0000', '\u0000', 'b\u0000c', ' \u0000 ', '\u0000'.repeat(40), 'x'.repeat(5000)];
          for (const bad of type === 'string' ? textual : [...textual, '-1', '1e400', 'abc', '0x10']) probe(`?${parameter.name}=${JSON.stringify(bad).slice(0, 12)}`, { query: { [parameter.name]: bad } });
          probe(`?__proto__`, { query: { __proto__: '1', [parameter.name]: 'a\u0000' } });
        }
        // Bodies.
        const body = resolve((operation.requestBody as OpenAPIV3.RequestBodyObject | undefined)?.content['application/json']?.schema);
        const json = (value: unknown) => ({ body: typeof value === 'string' ? value : JSON.stringify(value), headers: { 'content-type': 'application/json' } });
        probe('deep nesting', json('['.repeat(20_000) + ']'.repeat(20_000)));
        if (method !== 'get') for (const version of ['"abc"', 'W/"-1"', '"99999999999999999999"', '"1.5"']) probe(`If-Match ${version}`, { body: '{"__proto__": {"x": 1}}', headers: { 'content-type': 'application/json', 'if-match': version } });
        probe('bogus charset', { body: '{}', headers: { 'content-type': 'application/json; charset=bogus-8' } });
        probe('gzip on a plain body', { body: '{"a":1}', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
        probe('gzip of deep nesting', { body: gzipSync('['.repeat(50_000) + ']'.repeat(50_000)), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
        probe('truncated JSON', json('{"a": '));
        if (!body?.properties) continue;
        const base = Object.fromEntries(Object.entries(body.properties).map(([name, schema]) => [name, plain(schema as Schema)]));
        probe('prototype key', json(`{"__proto__": {"x": 1}, ${JSON.stringify(base).slice(1)}`));
        probe('constructor key', json({ ...base, constructor: { prototype: { x: 1 } } }));
        for (const [name, schema] of Object.entries(body.properties)) {
          if ((body.required ?? []).includes(name)) {
            const { [name]: _left, ...rest } = base;
            probe(`${name} missing`, json(rest));
            probe(`${name} null`, json({ ...base, [name]: null }));
          }
          for (const [index, value] of wrong(schema).entries()) probe(`${name} wrong #${index}`, json({ ...base, [name]: value }));
          // The key twice, the second time with a NUL (JSON.parse keeps the last).
          probe(`${name} twice`, json(`{${JSON.stringify(name)}: ${JSON.stringify(plain(schema))}, ${JSON.stringify(base).slice(1, -1)}${Object.keys(base).length > 0 ? ', ' : ''}${JSON.stringify(name)}: "x\\u0000"}`));
          if (resolve(schema)?.type === 'array') probe(`${name} with 10 001 items`, json({ ...base, [name]: Array.from({ length: 10_001 }, () => 'a') }));
          // The same field through the form parser (the public board's forms use it).
          for (const bad of ['a%00b', '%00', '%ED%A0%80x']) {
            probe(`form ${name}=${bad}`, { body: `${encodeURIComponent(name)}=${bad}&__proto__=1`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
          }
          // One level down: a nested object's fields, or the items of a list of objects.
          const resolved = resolve(schema);
          const nested = resolved?.type === 'object' ? resolved : undefined;
          for (const [inner, innerSchema] of Object.entries(nested?.properties ?? {})) {
            const object = Object.fromEntries(Object.entries(nested?.properties ?? {}).map(([key, value]) => [key, plain(value as Schema)]));
            for (const [index, value] of wrong(innerSchema).entries()) probe(`${name}.${inner} wrong #${index}`, json({ ...base, [name]: { ...object, [inner]: value } }));
          }
          const items = resolve(((resolved as OpenAPIV3.ArraySchemaObject | undefined)?.items ?? undefined));
          for (const [inner, innerSchema] of Object.entries(items?.properties ?? {})) {
            const element = Object.fromEntries(Object.entries(items?.properties ?? {}).map(([key, value]) => [key, plain(value as Schema)]));
            for (const [index, value] of wrong(innerSchema).entries()) probe(`${name}[0].${inner} wrong #${index}`, json({ ...base, [name]: [{ ...element, [inner]: value }] }));
          }
        }
      }
    }
    // The residents' pages are not in the document; their forms take the same abuse.
    const forms: Record<string, string[]> = {
      '/board/case-lookup': ['caseNumber', 'id4'],
      '/board/objection-status': ['number', 'phone4'],
      [`/board/${tree.villageA1.code}/objection`]: ['caseId', 'name', 'phone', 'reason', 'submissionKey'],
    };
    for (const [path, fields] of Object.entries(forms)) {
      for (const field of fields) {
        for (const bad of ['a%00b', '%00', `b%00${'c'.repeat(10)}`, `${'x'.repeat(70_000)}`, '%00&__proto__=1']) {
          probes.push({ method: 'post', path, token: '', what: `POST ${path}: ${field}=${bad.slice(0, 12)}`, body: `${field}=${bad}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        }
        for (const bad of ['a\u0000', '\u0000']) probes.push({ method: 'get', path, token: '', what: `GET ${path}: ?${field}`, query: { [field]: bad } });
      }
    }
    expect(probes.length).toBeGreaterThanOrEqual(5000);
    console.log(`malformed requests: ${probes.length} built from ${Object.keys(document.paths).length} paths`);

    const before = await fingerprint();
    const failures: string[] = [];
    for (const probe of probes) {
      let request = sut.http()[probe.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](probe.path);
      if (probe.token) request = request.set('Authorization', `Bearer ${probe.token}`);
      if (probe.query) request = request.query(probe.query);
      for (const [header, value] of Object.entries(probe.headers ?? {})) request = request.set(header, value);
      const response = await (probe.body !== undefined ? request.send(probe.body) : request);
      if (response.status < 400 || response.status >= 500) failures.push(`${probe.what} → ${response.status} ${response.text.slice(0, 160)}`);
      // A malformed request that changed something shows here, by where it stood.
      if (response.status < 400 && (await fingerprint()) !== before) failures.push(`${probe.what} changed the database`);
    }
    expect(failures).toEqual([]);
    expect(await fingerprint()).toBe(before);
  }, 600_000);
});
