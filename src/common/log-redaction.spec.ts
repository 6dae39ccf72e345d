import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { redactRequest, redactUrl, requestLogOptions } from './log-redaction';

describe(redactUrl.name, () => {
  it.each([
    ['/households?idNumber=45012319800101123X&limit=5', '/households?idNumber=%5Bredacted%5D&limit=5'],
    ['/households?headName=%E9%9F%A6', '/households?headName=%E9%9F%A6'],
    ['/households', '/households'],
  ])('%s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
    expect(redactUrl(url)).not.toContain('45012319800101123X');
  });

  it('redacts the parsed query too', () => {
    expect(redactRequest({ url: '/households?idNumber=45012319800101123X', query: { idNumber: '45012319800101123X', limit: '5' }, method: 'GET' })).toEqual({
      url: '/households?idNumber=%5Bredacted%5D',
      query: { idNumber: '[redacted]', limit: '5' },
      method: 'GET',
    });
  });
});

describe(requestLogOptions.name, () => {
  /** One request through the app's request logging, answered with `status`: the line it writes. */
  function logged(status: number): Record<string, unknown> {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const request = Object.assign(new EventEmitter(), {
      method: 'GET',
      url: '/households?idNumber=45012319800101123X&limit=5',
      query: { idNumber: '45012319800101123X', limit: '5' },
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.secret-token', cookie: 'session=secret-cookie', 'x-request-id': 'req-42' },
      socket: { remoteAddress: '127.0.0.1' },
    });
    const response = Object.assign(new EventEmitter(), { statusCode: status, headersSent: false, setHeader: jest.fn(), getHeaders: () => ({}) });
    pinoHttp(requestLogOptions('info'), sink)(request as unknown as IncomingMessage, response as unknown as ServerResponse, () => undefined);
    response.emit('finish');
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0] as string) as Record<string, unknown>;
  }

  it('never writes a credential or an ID number, and names the request by its id', () => {
    const line = logged(200);
    const text = JSON.stringify(line);
    for (const secret of ['secret-token', 'secret-cookie', '45012319800101123X']) expect(text).not.toContain(secret);
    expect(line).toMatchObject({ level: 30, req: { id: 'req-42', method: 'GET', query: { idNumber: '[redacted]', limit: '5' }, headers: { authorization: '[Redacted]', cookie: '[Redacted]' } } });
  });

  it('logs a refusal as a warning and a failure as an error', () => {
    expect(logged(409).level).toBe(40);
    expect(logged(503).level).toBe(50);
  });
});
