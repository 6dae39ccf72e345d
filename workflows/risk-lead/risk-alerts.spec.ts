import { alertTypeNamed, DEFAULT_ALERT_RULES, judgeAlert } from './risk-alerts';

describe('department alerts (procedures.md "Monitoring as routine work": department alerts)', () => {
  it('reads a type by its code, its label or the words departments use', () => {
    expect(alertTypeNamed('medical_costs')).toBe('medical_costs');
    expect(alertTypeNamed('医疗费用自付较高')).toBe('medical_costs');
    expect(alertTypeNamed(' 低保 ')).toBe('subsistence_allowance');
    expect(alertTypeNamed('特困人员')).toBe('extreme_poverty_support');
    expect(alertTypeNamed('辍学')).toBe('school_dropout');
    expect(alertTypeNamed('车辆')).toBeNull();
  });

  it('a type set to "always" becomes a lead whatever the amount', () => {
    expect(judgeAlert({ mode: 'always', threshold: 0 }, { amount: 0, perCapitaIncome: 90_000, people: 3 }).lead).toBe(true);
  });

  it('an amount rule compares the amount with the threshold, the threshold itself included', () => {
    const rule = { mode: 'amount' as const, threshold: 20_000 };
    expect(judgeAlert(rule, { amount: 20_000, perCapitaIncome: null, people: 1 })).toEqual({ lead: true, reason: '金额 20000 元达到阈值 20000 元' });
    expect(judgeAlert(rule, { amount: 19_999, perCapitaIncome: null, people: 1 })).toEqual({ lead: false, reason: '金额 19999 元未达阈值 20000 元' });
  });

  it('a share rule compares the amount with the household income (per person times people)', () => {
    const rule = DEFAULT_ALERT_RULES.medical_costs;
    // 3 people at 8,000 yuan: 24,000 a year; half of it is 12,000.
    expect(judgeAlert(rule, { amount: 12_000, perCapitaIncome: 8_000, people: 3 })).toEqual({ lead: true, reason: '金额 12000 元占家庭年收入 50%，达到 50%' });
    expect(judgeAlert(rule, { amount: 11_000, perCapitaIncome: 8_000, people: 3 })).toEqual({ lead: false, reason: '金额 11000 元占家庭年收入 45.8%，未达 50%' });
    expect(judgeAlert(rule, { amount: 1, perCapitaIncome: 0, people: 3 }).lead).toBe(true);
  });

  it('lets an alert through when the facts to judge it are missing (no amount, no recorded income)', () => {
    expect(judgeAlert(DEFAULT_ALERT_RULES.medical_costs, { amount: null, perCapitaIncome: 8_000, people: 3 })).toEqual({ lead: true, reason: '预警未写明金额，生成线索待核查' });
    expect(judgeAlert(DEFAULT_ALERT_RULES.medical_costs, { amount: 100, perCapitaIncome: null, people: 3 })).toEqual({ lead: true, reason: '该户未登记收入，生成线索待核查' });
  });
});
