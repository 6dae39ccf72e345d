import type { CaseEvent } from '../workflows/case-setup';
import { exitCorrectionPaths, exitCoveringPaths } from '../workflows/exit/exit.paths';
import { identificationCoveringPaths } from '../workflows/identification/identification.paths';
import { monitoringCoveringPaths } from '../workflows/monitoring/monitoring.paths';
import { riskLeadCoveringPaths } from '../workflows/risk-lead/risk-lead.paths';
import { DEFAULT_POLICY, type CountyPolicy } from '../workflows/policy';
import type { CaseView } from '../src/cases/case.view';
import { stagePath } from '../src/cases/procedures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface Replay {
  procedure: string;
  policy: Partial<CountyPolicy>;
  events: CaseEvent[];
  finalValue: unknown;
  /** The household status the path must leave: by the final stage reached. */
  statusAt: (stage: string) => string;
  finals: string[];
}

const PURPOSE_PROCEDURE = { enrol: 'monitoring', eliminate: 'risk_elimination', rollback: 'elimination_rollback' } as const;
/** Confirmed: the status the purpose leads to; otherwise the one it started from. */
const MONITORING_STATUS = {
  enrol: ['monitored', 'none'],
  eliminate: ['risk_eliminated', 'monitored'],
  rollback: ['monitored', 'risk_eliminated'],
} as const;

const REPLAYS: Replay[] = [
  ...identificationCoveringPaths().map((path) => ({
    procedure: 'identification',
    policy: path.policy,
    events: path.events,
    finalValue: path.finalValue,
    statusAt: (stage: string) => (stage === 'confirmed' ? 'registered' : 'none'),
    finals: ['confirmed', 'rejected', 'withdrawn'],
  })),
  ...exitCoveringPaths().map((path) => ({
    procedure: 'exit',
    policy: path.policy,
    events: path.events,
    finalValue: path.finalValue,
    statusAt: (stage: string) => (stage === 'exited' ? 'exited' : 'registered'),
    finals: ['exited', 'cancelled'],
  })),
  ...exitCorrectionPaths().map((path) => ({
    procedure: 'exit_correction',
    policy: {},
    events: path.events,
    finalValue: path.finalValue,
    statusAt: (stage: string) => (stage === 'corrected' ? 'registered' : 'exited'),
    finals: ['corrected', 'rejected'],
  })),
  ...monitoringCoveringPaths().map((path) => ({
    procedure: PURPOSE_PROCEDURE[path.input.purpose],
    policy: path.policy,
    events: path.events,
    finalValue: path.finalValue,
    statusAt: (stage: string) => MONITORING_STATUS[path.input.purpose][stage === 'confirmed' ? 0 : 1],
    finals: ['confirmed', 'rejected', 'withdrawn'],
  })),
  // A lead leaves the household as it was; one that ends in an enrolment opens a monitoring case too.
  ...riskLeadCoveringPaths().map((path) => ({
    procedure: 'risk_lead',
    policy: {},
    events: path.events,
    finalValue: path.finalValue,
    statusAt: () => 'none',
    finals: ['dismissed', 'cleared', 'enrolled'],
  })),
];

/**
 * Every machine's paths (xstate/graph), cut to sets that still take every transition,
 * replayed through the HTTP API against the real database.
 */
describe('Procedure paths over HTTP (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  it.each(REPLAYS.map((replay, index) => [index + 1, replay.procedure, replay.events.map((event) => event.type).join(' → '), replay] as const))(
    'path %i (%s): %s',
    async (_index, _procedure, _names, replay) => {
      const policy = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, ...replay.policy });
      expect(policy.status).toBe(200);
      const driver = replay.procedure === 'identification' ? await CaseDriver.openCase(sut, tokens, tree, clock) : await CaseDriver.openProcedure(sut, tokens, tree, clock, replay.procedure);

      let answer: unknown = null;
      for (const event of replay.events) {
        const response = await driver.send(event);
        expect({ event: event.type, status: response.status, body: response.status < 300 ? null : (response.body as unknown) }).toEqual({ event: event.type, status: expect.any(Number) as number, body: null });
        answer = response.body;
      }

      const view: CaseView = await driver.view();
      // A command answered with the case (not a meeting's or a notice's record) answers it as it is now read, the household's status included.
      if ((answer as Partial<CaseView> | null)?.id === driver.caseId) {
        // Its actions are those of the role that sent the last event, the view's the village's.
        const { updatedAt: _answered, allowedActions: _theirs, ...answered } = answer as CaseView;
        const { updatedAt: _read, allowedActions: _village, ...read } = view;
        expect(answered).toEqual(read);
      }
      const expected = stagePath(replay.finalValue);
      expect({ stage: view.stage.code, phase: view.stage.phase }).toEqual(expected);
      expect(view.household.status).toBe(replay.statusAt(expected.stage));
      expect(view.stage.final).toBe(replay.finals.includes(expected.stage));

      const history = (await sut.as(tokens.county).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; stageBefore: string | null; stageAfter: string }[];
      expect(history.map((entry) => entry.eventType)).toEqual(['CASE_OPENED', ...replay.events.map((event) => event.type)]);
      history.slice(1).forEach((entry, index) => expect(entry.stageBefore).toBe(history[index]?.stageAfter));
      expect(view.version).toBe(history.length);
    },
  );

  it('leaves every journal chain intact', async () => {
    const report = await sut.as(tokens.county).get('/audit/journal/verify');
    const enrolments = REPLAYS.filter((replay) => replay.finalValue === 'enrolled').length;
    expect(report.body).toMatchObject({ intact: true, casesChecked: REPLAYS.length + enrolments, firstBroken: null });
  });
});
