import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';

export const CONSOLE_PATH = '/console';

/** The project's root: the nearest folder above this file with a package.json (from src/ and dist/src/ alike). */
function projectRoot(from: string): string {
  for (let folder = from; folder !== dirname(folder); folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
  }
  return process.cwd();
}

/** Where `vite build` writes the staff console. */
export const CONSOLE_DIST = join(projectRoot(__dirname), 'web', 'dist');

/**
 * The staff console (工作台) at /console: its hashed assets cached for good, every other path
 * under it answered with index.html (the console routes in the browser, history mode); `/` leads there.
 */
export function mountConsole(app: NestExpressApplication): void {
  const index = join(CONSOLE_DIST, 'index.html');
  app.use(CONSOLE_PATH, serveStatic(CONSOLE_DIST, { index: false, immutable: true, maxAge: '365d', fallthrough: true }));
  app.use(CONSOLE_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!existsSync(index)) {
      response.status(503).type('text/plain; charset=utf-8').send('工作台尚未构建，请先运行 npm run build。');
      return;
    }
    // The page itself is read fresh each time, so a new build is seen at once.
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  app.use((request: Request, response: Response, next: NextFunction) => (request.method === 'GET' && request.path === '/' ? response.redirect(302, `${CONSOLE_PATH}/`) : next()));
}
