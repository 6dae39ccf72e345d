import { createServer, request, type Server } from 'node:http';
import express from 'express';
import { drainingMiddleware, requestsInFlight, startDraining } from './draining';

describe('drainingMiddleware', () => {
  let server: Server;
  let release: () => void = () => undefined;
  let port = 0;

  beforeAll(async () => {
    const app = express();
    app.use(drainingMiddleware);
    // A request that is still being worked on when the stop begins.
    app.get('/slow', (_request, response) => {
      release = () => response.send('done');
    });
    app.get('/quick', (_request, response) => response.send('ok'));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = (path: string) =>
    new Promise<{ connection: string | undefined; body: string }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ connection: response.headers.connection, body }));
      })
        .on('error', reject)
        .end();
    });

  it('answers the request in flight, and every one after, with Connection: close once the stop begins', async () => {
    expect((await get('/quick')).connection).not.toBe('close');
    const inFlight = get('/slow');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsInFlight()).toBe(1);
    startDraining();
    release();
    expect(await inFlight).toEqual({ connection: 'close', body: 'done' });
    expect((await get('/quick')).connection).toBe('close');
  });
});
