import type { NextFunction, Request, Response } from 'express';

/**
 * Stopping (SIGTERM, SIGINT): every answer from then on closes its connection, those in flight
 * included, so keep-alive clients reconnect to another process instead of holding this one
 * open; requests in flight are counted, to say what was still open if the stop runs out of time.
 */
const state = { draining: false, inFlight: new Set<Response>() };

const closeAfterAnswer = (response: Response) => {
  if (!response.headersSent) response.setHeader('Connection', 'close');
};

export function startDraining(): void {
  state.draining = true;
  state.inFlight.forEach(closeAfterAnswer);
}

export function requestsInFlight(): number {
  return state.inFlight.size;
}

export function drainingMiddleware(_request: Request, response: Response, next: NextFunction): void {
  state.inFlight.add(response);
  response.once('close', () => state.inFlight.delete(response));
  if (state.draining) closeAfterAnswer(response);
  next();
}
