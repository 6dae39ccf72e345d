import { describeActions } from './case-actions';

describe('describeActions', () => {
  const ids = (caseId: string) => ({ caseId, noticeId: null });

  it('describes an action with its own case’s path and the fields of its request', () => {
    const [action] = describeActions(['TOWNSHIP_DECIDED'], ids('c-1'));
    expect(action).toMatchObject({ event: 'TOWNSHIP_DECIDED', method: 'POST', path: '/cases/c-1/township-decision' });
    expect(action?.fields.map((field) => field.name)).toEqual(expect.arrayContaining(['decision', 'reason']));
    expect(action?.fields.find((field) => field.name === 'reason')).toMatchObject({ required: true, type: 'string', description: '审核意见' });
  });

  it('reads each event’s fields once and shares them, frozen, between cases', () => {
    const [first] = describeActions(['TOWNSHIP_DECIDED'], ids('c-1'));
    const [second] = describeActions(['TOWNSHIP_DECIDED'], ids('c-2'));
    expect(second?.path).toBe('/cases/c-2/township-decision');
    expect(second?.fields).toBe(first?.fields);
    expect(Object.isFrozen(first?.fields)).toBe(true);
  });

  it('leaves out the fields an action presets and the events only the system sends', () => {
    const actions = describeActions(['OBJECTION_FILED', 'DEADLINE_REACHED'], ids('c-1'));
    expect(actions.map((action) => action.event)).toEqual(['OBJECTION_FILED']);
    expect(actions[0]?.preset).toEqual({ kind: 'objection' });
    expect(actions[0]?.fields.map((field) => field.name)).not.toContain('kind');
  });
});
