import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

/**
 * Below Linux's ephemeral range (32768–60999): a port found free there can still be taken by an
 * outgoing connection before the server we start binds it; down here only another listener can.
 */
const QUIET_PORTS = { from: 20_000, to: 32_767 };

function bindable(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : null;
      server.close(() => resolve(bound));
    });
  });
}

/** A port free on the loopback interface right now, outside the range outgoing connections draw from. */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await bindable(randomInt(QUIET_PORTS.from, QUIET_PORTS.to + 1));
    if (port !== null) return port;
  }
  const anyPort = await bindable(0);
  if (anyPort === null) throw new Error('No free port on 127.0.0.1');
  return anyPort;
}
