import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { SystemClock } from '../common/clock';
import { Settings } from '../config/settings';
import { openApiDocument } from '../configure-app';

/** Where the console's typed API client finds the API's types. */
export const API_TYPES_FILE = 'web/src/api/schema.d.ts';

const HEADER = '// Generated from the OpenAPI document by `npm run api:types`; do not edit.\n';

/**
 * The API's OpenAPI document without any server: Nest's preview mode wires the modules and
 * reads the controllers without running a provider (no database, no Redis).
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const settings = Settings.of({ runWorker: false, demo: false, logLevel: 'silent' } as Settings);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(settings, new SystemClock()), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

/**
 * The console's API types as the current API defines them, written by openapi-typescript's own
 * command (an ES module, run as its own process so the CommonJS app and tests can use it alike).
 */
export async function apiTypesSource(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'jingzhun-openapi-'));
  try {
    const documentFile = join(folder, 'openapi.json');
    writeFileSync(documentFile, JSON.stringify(await previewOpenApiDocument()));
    const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
    return HEADER + execFileSync(process.execPath, [cli, documentFile, '--alphabetize'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
