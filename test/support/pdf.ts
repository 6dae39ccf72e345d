import { execFileSync } from 'node:child_process';
import { fileAt } from './files';
import type { TestApp } from './test-app';

export interface FetchedPdf {
  status: number;
  contentType: string | undefined;
  body: Buffer;
  text: string;
}

/** A notice's PDF as the staff member gets it, and its text (poppler's pdftotext, white space removed). */
export function noticePdf(sut: TestApp, token: string, noticeId: string): Promise<FetchedPdf> {
  return pdfAt(sut, token, `/publicity-notices/${noticeId}/pdf`);
}

/** Any PDF the API serves, with its text. */
export async function pdfAt(sut: TestApp, token: string, path: string): Promise<FetchedPdf> {
  const { status, contentType, body } = await fileAt(sut, token, path);
  const text = status === 200 ? execFileSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' }).replace(/\s+/g, '') : '';
  return { status, contentType, body, text };
}
