import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/** Counts every answer by its route template (not its path: ids would explode the series) and times it. */
export function metricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.latency.startTimer();
    response.once('finish', () => {
      const template = (request.route as { path?: string } | undefined)?.path;
      const route = template ? `${request.baseUrl}${template}` : 'unmatched';
      metrics.requests.inc({ method: request.method, route, status: String(response.statusCode) });
      stop({ method: request.method, route });
    });
    next();
  };
}
