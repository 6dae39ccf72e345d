import type { FieldProblem } from '../common/domain-error';
import { checkIdNumber } from './id-number.util';
import type { SexValue } from './household.enums';

export interface MemberIdentity {
  idNumber: string;
  sex: SexValue;
  birthDate: string;
}

/**
 * Sex and birth date are derived from the ID number; when the caller states them too, they
 * must agree with it (procedures.md "Places and people").
 */
export function memberIdentity(
  input: { idNumber: string; sex?: SexValue | undefined; birthDate?: string | undefined },
  field: string,
  today: string,
): MemberIdentity | FieldProblem[] {
  const checked = checkIdNumber(input.idNumber, today);
  if (!checked.ok) return [{ field: `${field}.idNumber`, reason: checked.reason }];
  const problems: FieldProblem[] = [];
  if (input.sex !== undefined && input.sex !== checked.sex) {
    problems.push({ field: `${field}.sex`, reason: `与身份证号码不符 (号码显示为${checked.sex === 'male' ? '男' : '女'})` });
  }
  if (input.birthDate !== undefined && input.birthDate !== checked.birthDate) {
    problems.push({ field: `${field}.birthDate`, reason: `与身份证号码不符 (号码显示为 ${checked.birthDate})` });
  }
  return problems.length > 0 ? problems : { idNumber: checked.idNumber, sex: checked.sex, birthDate: checked.birthDate };
}
