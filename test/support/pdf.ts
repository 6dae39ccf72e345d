import { execFileSync } from 'node:child_process';
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
  const response = await sut.as(token).get(path).buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const body = response.body as Buffer;
  const text = response.status === 200 ? execFileSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' }).replace(/\s+/g, '') : '';
  return { status: response.status, contentType: response.headers['content-type'], body, text };
}
