import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { AccountsService } from '../accounts/accounts.service';
import { passwordMatches } from '../auth/password';
import { QUEUE } from './queue-names';

export const DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board for admins. A browser cannot send our bearer token, so the page asks for an
 * admin's user name and password (HTTP Basic), checked like a login.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const accounts = app.get(AccountsService);
  const adapter = new ExpressAdapter();
  adapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUE).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: '精准 · 任务队列' } },
  });
  const adminOnly = (request: Request, response: Response, next: NextFunction) => {
    const [scheme, encoded] = (request.headers.authorization ?? '').split(' ');
    const [username = '', ...rest] = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8').split(':') : [];
    void accounts
      .findForLogin(username)
      .then(async (account) => account !== null && account.role === 'admin' && !account.disabled && (await passwordMatches(account.passwordHash, rest.join(':'))))
      .then((ok) => {
        if (ok) return next();
        response.setHeader('WWW-Authenticate', 'Basic realm="jingzhun queues", charset="UTF-8"');
        response.status(401).json({ code: 'UNAUTHENTICATED', message: '请使用管理员账号登录' });
      }, next);
  };
  app.use(DASHBOARD_PATH, adminOnly, adapter.getRouter() as (request: Request, response: Response, next: NextFunction) => void);
}
