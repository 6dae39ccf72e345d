/** A phone number a village records or a resident leaves: an 11-digit mobile, or a landline with its area code (0771-1234567). */
export const PHONE_NUMBER = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_NUMBER_REASON = '须为 11 位手机号或带区号的固定电话';
