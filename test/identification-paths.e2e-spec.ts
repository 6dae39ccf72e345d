import { DEFAULT_POLICY } from '../workflows/policy';
import { identificationCoveringPaths } from '../workflows/identification/identification.paths';
import { stagePath } from '../src/cases/procedures';
import type { CaseView } from '../src/cases/case.view';
import type { FakeClock } from './support/fake-clock';
import { startIdentificationApp } from './support/identification-app';
import type { RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';

/**
 * Paths enumerated from the machine (xstate/graph), cut to a set that still takes every
 * transition, replayed through the HTTP API against the real database.
 */
describe('Identification paths over HTTP (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  const paths = identificationCoveringPaths();

  it.each(paths.map((path, index) => [index + 1, path.events.map((event) => event.type).join(' → '), path] as const))(
    'path %i: %s',
    async (_index, _names, path) => {
      const policy = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, ...path.policy });
      expect(policy.status).toBe(200);
      const driver = await CaseDriver.openCase(sut, tokens, tree, clock);

      for (const event of path.events) {
        const response = await driver.send(event);
        expect({ event: event.type, status: response.status, body: response.status < 300 ? null : (response.body as unknown) }).toEqual({ event: event.type, status: expect.any(Number) as number, body: null });
      }

      const view: CaseView = await driver.view();
      const expected = stagePath(path.finalValue);
      expect({ stage: view.stage.code, phase: view.stage.phase }).toEqual(expected);
      expect(view.household.status).toBe(expected.stage === 'confirmed' ? 'registered' : 'none');
      expect(view.stage.final).toBe(['confirmed', 'rejected', 'withdrawn'].includes(expected.stage));

      const history = (await sut.as(tokens.county).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; stageBefore: string | null; stageAfter: string }[];
      expect(history.map((entry) => entry.eventType)).toEqual(['CASE_OPENED', ...path.events.map((event) => event.type)]);
      // Each entry starts where the one before ended.
      history.slice(1).forEach((entry, index) => expect(entry.stageBefore).toBe(history[index]?.stageAfter));
      expect(view.version).toBe(history.length);
    },
  );

  it('leaves every journal chain intact', async () => {
    const report = await sut.as(tokens.county).get('/audit/journal/verify');
    expect(report.body).toMatchObject({ intact: true, casesChecked: paths.length, firstBroken: null });
  });
});
