import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from './common/validation';
import { documentApi } from './common/openapi';
import { drainingMiddleware } from './common/draining';
import { MetricsService } from './metrics/metrics.service';
import { metricsMiddleware } from './metrics/metrics.middleware';
import { urlencoded, type NextFunction, type Request, type Response } from 'express';
import { jsonReviver, MalformedRequest, REQUEST_LIMITS, valuesProblems, verifyJsonDepth } from './common/request-limits';
import { mountQueueDashboard } from './queues/queue-dashboard';
import { mountConsole } from './console/console-static';
import { caseETag } from './cases/case-etag';
import { dryRunMiddleware } from './cases/dry-run.middleware';

/** The API's OpenAPI document, as /docs-json serves it and the console's client is typed from. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return documentApi(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('精准 jingzhun').setDescription('贫困户识别、退出与防返贫监测工作流引擎 API').setVersion('0.1.0').addBearerAuth().build(),
    ),
  );
}

/** Everything main.ts and the tests both need on top of the module graph. */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.use(drainingMiddleware);
  app.use(metricsMiddleware(app.get(MetricsService)));
  app.useGlobalPipes(createValidationPipe());
  app.useBodyParser('json', { limit: REQUEST_LIMITS.jsonBytes, reviver: jsonReviver, verify: verifyJsonDepth });
  // Region imports may come as CSV; file imports (/imports) read their body as a stream themselves.
  app.useBodyParser('text', { type: (request: Request) => request.headers['content-type']?.startsWith('text/csv') === true && !request.url.startsWith('/imports'), limit: '5mb' });
  // The public board's forms, and only they: the staff API takes JSON.
  app.use('/board', urlencoded({ extended: false, limit: '64kb' }));
  // Query strings and form fields: the texts no column can hold are refused like a JSON body's. A JSON body
  // was checked by the parser's reviver already; walking it again cost a meeting of 500 votes 4 % of its time.
  app.use((request: Request, _response: Response, next: NextFunction) => {
    const form = request.body !== null && typeof request.body === 'object' && request.is('application/x-www-form-urlencoded') !== false;
    const problems = [...valuesProblems(request.query), ...(form ? valuesProblems(request.body as Record<string, unknown>) : [])];
    next(problems.length > 0 ? new MalformedRequest(problems) : undefined);
  });
  app.use(caseETag);
  // After the body parsers, so the whole of a dry run's handling is within it; and after the ETag, so a
  // dry run's wrapped answer (no case view) gets none: the case was not changed.
  app.use(dryRunMiddleware);
  // Behind a reverse proxy on this machine, the client is the one X-Forwarded-For names (rate limits per client).
  app.set('trust proxy', 'loopback');
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  mountQueueDashboard(app);
  mountConsole(app);
  return app;
}
