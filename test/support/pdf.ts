import { execFileSync } from 'node:child_process';
import type { TestApp } from './test-app';

/** A notice's PDF as the staff member gets it, and its text (poppler's pdftotext, white space removed). */
export async function noticePdf(sut: TestApp, token: string, noticeId: string): Promise<{ status: number; contentType: string | undefined; body: Buffer; text: string }> {
  const response = await sut.as(token).get(`/publicity-notices/${noticeId}/pdf`).buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const body = response.body as Buffer;
  const text = response.status === 200 ? execFileSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' }).replace(/\s+/g, '') : '';
  return { status: response.status, contentType: response.headers['content-type'], body, text };
}
