import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDate } from '../src/common/clock';
import { seedDemoCases } from '../src/demo/demo-cases';
import { seedDemo } from '../src/demo/demo-seed';
import { FakeClock } from './support/fake-clock';
import { startTestApp, type TestApp } from './support/test-app';

interface Example {
  method: string;
  path: string;
  captures: [name: string, path: string][];
  body: string | null;
}

/** The README's ```http blocks, in order: the request line, what to keep from the answer, the JSON body. */
function readmeExamples(): Example[] {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  return [...readme.matchAll(/```http\n([\s\S]*?)```/g)].map(([, block = '']) => {
    const lines = block.split('\n');
    const [method = '', path = ''] = (lines[0] ?? '').split(' ');
    const captures = lines
      .filter((line) => line.startsWith('# 记下 '))
      .flatMap((line) => line.slice('# 记下 '.length).split(','))
      .map((pair) => pair.split('=').map((part) => part.trim()) as [string, string]);
    const blank = lines.indexOf('');
    const body = blank > 0 ? lines.slice(blank + 1).join('\n').trim() : '';
    return { method, path, captures, body: body === '' ? null : body };
  });
}

/** A value at a dotted path (items.0.id) of an answer. */
function at(answer: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), answer);
}

/** The README's request examples, run as written against the demo data. */
describe('README examples (e2e)', () => {
  let sut: TestApp;
  let clock: FakeClock;

  beforeAll(async () => {
    clock = new FakeClock(new Date('2026-12-01T02:00:00Z'));
    sut = await startTestApp({ clock, demo: true });
    expect(await seedDemo(sut.dataSource, clock)).toBe(true);
    await seedDemoCases(sut.app, clock);
  });

  afterAll(() => sut.close());

  it('takes a household from application to the village notice in eight requests, every one as the README writes it', async () => {
    const examples = readmeExamples();
    expect(examples).toHaveLength(8);
    const values = new Map<string, string>([
      ['today', chinaDate(clock.now())],
      ['lastYear', String(Number(chinaDate(clock.now()).slice(0, 4)) - 1)],
    ]);
    const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => values.get(name) ?? `{{${name}}}`);
    for (const example of examples) {
      const path = fill(example.path);
      const token = values.get('token');
      const request = example.method === 'GET' ? sut.http().get(path) : sut.http().post(path);
      if (token) request.set('Authorization', `Bearer ${token}`);
      const response = await (example.body ? request.set('content-type', 'application/json').send(fill(example.body)) : request);
      expect({ request: `${example.method} ${path}`, status: response.status < 300 ? 'ok' : response.text }).toEqual({ request: `${example.method} ${path}`, status: 'ok' });
      for (const [name, answerPath] of example.captures) values.set(name, String(at(response.body, answerPath)));
    }
    const view = (await sut.http().get(`/cases/${values.get('caseId') ?? ''}`).set('Authorization', `Bearer ${values.get('token') ?? ''}`)).body as { stage: { code: string; phase: string } };
    expect(view.stage).toMatchObject({ code: 'village_publicity', phase: 'open' });
  });
});
