import type { Request } from 'express';
import QRCode from 'qrcode';

/** The address a request came to: what a QR code printed from it must point at. */
export function originOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** The self-report page of a village at the address the service was reached at. */
export function reportUrl(origin: string, villageCode: string): string {
  return `${origin}/board/${villageCode}/report`;
}

/** Each address's codes, made once: boards and notices are read and printed far more often than villages change. */
const made = new Map<string, Promise<string | Buffer>>();
const KEPT = 5000;

function once<T extends string | Buffer>(key: string, make: () => Promise<T>): Promise<T> {
  let code = made.get(key);
  if (!code) {
    if (made.size >= KEPT) made.clear();
    code = make();
    made.set(key, code);
  }
  return code as Promise<T>;
}

/** The QR code a phone scans to reach the self-report page: SVG for the web board. */
export function reportQrSvg(url: string): Promise<string> {
  return once(`svg ${url}`, () => QRCode.toString(url, { type: 'svg', margin: 1, width: 160 }));
}

/** The same code as PNG, for the printed notice. */
export function reportQrPng(url: string): Promise<Buffer> {
  return once(`png ${url}`, () => QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240 }));
}
