import { checkIdNumber, idNumberCheckCharacter } from './id-number.util';

const TODAY = '2026-11-29';

/** Builds a valid number from its parts, so the table below reads as intent. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

describe('checkIdNumber', () => {
  it.each([
    // Published example of GB 11643: check character X.
    ['11010519491231002X', '1949-12-31', 'female'],
    ['450123198003150013', '1980-03-15', 'male'],
  ])('accepts %s', (value, birthDate, sex) => {
    expect(checkIdNumber(value, TODAY)).toEqual({ ok: true, idNumber: value, birthDate, sex });
  });

  it('accepts a lower-case x and returns the number upper-cased', () => {
    expect(checkIdNumber('11010519491231002x', TODAY)).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
  });

  it('derives sex from the parity of the 17th digit', () => {
    expect(checkIdNumber(idNumber('450123', '20000101', '123'), TODAY)).toMatchObject({ sex: 'male' });
    expect(checkIdNumber(idNumber('450123', '20000101', '124'), TODAY)).toMatchObject({ sex: 'female' });
  });

  it.each([
    ['too short', '45012319800315001', '18 位'],
    ['too long', '4501231980031500111', '18 位'],
    ['letters inside', '4501231980O3150011', '前 17 位必须是数字'],
    ['X not last', 'X50123198003150011', '前 17 位必须是数字'],
    ['unknown province', idNumber('990123', '19800315', '001'), '地区码'],
    ['February 30th', idNumber('450123', '19800230', '001'), '不是有效日期'],
    ['month 13', idNumber('450123', '19801301', '001'), '不是有效日期'],
    ['before 1900', idNumber('450123', '18991231', '001'), '不是有效日期'],
    ['born tomorrow', idNumber('450123', '20261130', '001'), '晚于今天'],
    ['wrong check character', '450123198003150012', '校验码错误'],
  ])('refuses %s', (_case, value, reason) => {
    const result = checkIdNumber(value, TODAY);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('accepts a leap day and refuses February 29th of a common year', () => {
    expect(checkIdNumber(idNumber('450123', '20000229', '001'), TODAY).ok).toBe(true);
    expect(checkIdNumber(idNumber('450123', '19000229', '001'), TODAY).ok).toBe(false);
  });
});
