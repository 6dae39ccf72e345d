/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check character.
 */
export type Sex = 'male' | 'female';

export type IdNumberCheck =
  | { ok: true; idNumber: string; birthDate: string; sex: Sex }
  | { ok: false; reason: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** Province-level codes in use (GB/T 2260), the first two digits of every ID number. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
  '65', '71', '81', '82',
]);

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `today` (YYYY-MM-DD) comes from the caller so the check stays pure. */
export function checkIdNumber(value: string, today: string): IdNumberCheck {
  const idNumber = value.trim().toUpperCase();
  if (idNumber.length !== 18) return { ok: false, reason: '身份证号码必须是 18 位' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) {
    return { ok: false, reason: '身份证号码前 17 位必须是数字，最后一位是数字或 X' };
  }
  if (!PROVINCES.has(idNumber.slice(0, 2))) {
    return { ok: false, reason: '身份证号码的地区码不是有效的省级行政区划代码' };
  }
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day)) {
    return { ok: false, reason: `身份证号码中的出生日期 ${idNumber.slice(6, 14)} 不是有效日期` };
  }
  if (birthDate > today) return { ok: false, reason: '身份证号码中的出生日期晚于今天' };
  if (idNumberCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17]) {
    return { ok: false, reason: '身份证号码校验码错误' };
  }
  const sex: Sex = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber, birthDate, sex };
}
