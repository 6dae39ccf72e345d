import type { TestApp } from './test-app';

export interface FetchedFile {
  status: number;
  contentType: string | undefined;
  disposition: string | undefined;
  body: Buffer;
}

/** A file the API serves (a PDF, a spreadsheet) as the staff member downloads it, whole. */
export async function fileAt(sut: TestApp, token: string, path: string, query: object = {}): Promise<FetchedFile> {
  const response = await sut.as(token).get(path).query(query).buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return { status: response.status, contentType: response.headers['content-type'], disposition: response.headers['content-disposition'], body: response.body as Buffer };
}
