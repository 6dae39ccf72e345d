import { DEFAULT_POLICY, withPolicyDefaults } from '../../workflows/policy';
import { sharedPolicy } from './case-rows';

describe('a case row\'s policy, parsed once per text', () => {
  const text = JSON.stringify(DEFAULT_POLICY);

  it('is one object for every row with the same text, equal to the text parsed', () => {
    const first = sharedPolicy(text);
    expect(first).toEqual(JSON.parse(text));
    // A different string with the same characters, as each row brings its own.
    expect(sharedPolicy(` ${text}`.slice(1))).toBe(first);
    // So its defaults are filled in once for all of them.
    expect(withPolicyDefaults(sharedPolicy(text))).toBe(withPolicyDefaults(first));
  });

  it('is another object for another text', () => {
    const changed = JSON.stringify({ ...DEFAULT_POLICY, identification: { ...DEFAULT_POLICY.identification, incomeMarginAboveLine: 300 } });
    expect(sharedPolicy(changed)).not.toBe(sharedPolicy(text));
    expect(sharedPolicy(changed).identification.incomeMarginAboveLine).toBe(300);
  });

  it('cannot be changed by one row for the others, at any depth', () => {
    const policy = sharedPolicy(text) as unknown as { identification: Record<string, unknown>; timeLimits: Record<string, Record<string, number>> };
    expect(() => {
      policy.identification.incomeMarginAboveLine = 1;
    }).toThrow(TypeError);
    expect(() => {
      (policy.timeLimits.identification as Record<string, number>).township_review = 1;
    }).toThrow(TypeError);
    expect(sharedPolicy(text)).toEqual(JSON.parse(text));
  });
});
