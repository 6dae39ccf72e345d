import { DEFAULT_POLICY, withPolicyDefaults } from './policy';

describe(withPolicyDefaults.name, () => {
  const stored = () => JSON.parse(JSON.stringify({ identification: { incomeMarginAboveLine: 300 }, reviewDays: { township_review: 12, county_review: 20 } })) as object;

  it('fills what a stored policy lacks with the defaults, and reads the old review days as time limits', () => {
    const policy = withPolicyDefaults(stored());
    expect(policy.identification.incomeMarginAboveLine).toBe(300);
    expect(policy.exit).toEqual(DEFAULT_POLICY.exit);
    expect(policy.timeLimits.identification).toEqual({ township_review: 12, county_review: 20 });
  });

  it('answers the same stored object, and its own answer, with the same answer', () => {
    const policy = stored();
    const filled = withPolicyDefaults(policy);
    expect(withPolicyDefaults(policy)).toBe(filled);
    expect(withPolicyDefaults(filled)).toBe(filled);
  });

  it('reads a setting left undefined (not stored) as its default', () => {
    const policy = withPolicyDefaults({ identification: { incomeMarginAboveLine: undefined }, reviewReminderDays: undefined } as never);
    expect(policy.identification.incomeMarginAboveLine).toBe(DEFAULT_POLICY.identification.incomeMarginAboveLine);
    expect(policy.reviewReminderDays).toBe(DEFAULT_POLICY.reviewReminderDays);
  });

  it('reads no policy at all as the defaults', () => {
    expect(withPolicyDefaults(null as never)).toEqual(DEFAULT_POLICY);
  });
});
