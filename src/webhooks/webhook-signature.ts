import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-jingzhun-signature';
export const TIMESTAMP_HEADER = 'x-jingzhun-timestamp';
export const DELIVERY_HEADER = 'x-jingzhun-delivery';

/** "sha256=<hex>" of HMAC-SHA256(secret, "<timestamp>.<body>"): receivers recompute and compare. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signatureMatches(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
