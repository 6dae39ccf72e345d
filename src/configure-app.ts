import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from './common/validation';
import { documentApi } from './common/openapi';
import { mountQueueDashboard } from './queues/queue-dashboard';

/** Everything main.ts and the tests both need on top of the module graph. */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useBodyParser('json', { limit: '5mb' });
  // Region imports may come as CSV.
  app.useBodyParser('text', { type: 'text/csv', limit: '5mb' });
  // The public board's forms.
  app.useBodyParser('urlencoded', { extended: false, limit: '64kb' });
  // Behind a reverse proxy on this machine, the client is the one X-Forwarded-For names (rate limits per client).
  app.set('trust proxy', 'loopback');
  const document = documentApi(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('精准 jingzhun')
      .setDescription('贫困户识别、退出与防返贫监测工作流引擎 API')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  ));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  mountQueueDashboard(app);
  return app;
}
