import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { requestLogOptions } from './common/log-redaction';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthorizationModule } from './authorization/authorization.module';
import { AuthModule } from './auth/auth.module';
import { Clock, SystemClock } from './common/clock';
import { DomainErrorFilter } from './common/domain-error.filter';
import { DependencyOutages } from './health/dependency-outages';
import { Settings } from './config/settings';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { HouseholdsModule } from './households/households.module';
import { RedisModule } from './redis/redis.module';
import { RegionsModule } from './regions/regions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { QueuesModule } from './queues/queues.module';
import { RateLimitModule } from './common/rate-limit.module';
import { PublicBoardModule } from './public-board/public-board.module';
import { WorkerModule } from './worker/worker.module';
import { DatabaseNoticesService } from './database/database-notices.service';
import { CasesModule } from './cases/cases.module';
import { CalendarModule } from './calendar/calendar.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PoliciesModule } from './policies/policies.module';
import { PublicityModule } from './publicity/publicity.module';
import { ExitsModule } from './exits/exits.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { VerificationsModule } from './verifications/verifications.module';
import { OutboxModule } from './outbox/outbox.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { MetricsModule } from './metrics/metrics.module';
import { ImportsModule } from './imports/imports.module';
import { SweepsModule } from './sweeps/sweeps.module';
import { MicrocreditModule } from './microcredit/microcredit.module';
import { HelpCadresModule } from './help-cadres/help-cadres.module';
import { ExportsModule } from './exports/exports.module';
import { RiskLeadsModule } from './risk-leads/risk-leads.module';
import { StatisticsModule } from './statistics/statistics.module';

export interface ProcessParts {
  /** The HTTP API's modules. */
  api: boolean;
  /** The outbox relay, deadline reconciliation and queue workers. */
  worker: boolean;
}

@Module({})
export class AppModule {
  static register(settings: Settings, clock: Clock = new SystemClock(), parts: ProcessParts = { api: true, worker: settings.runWorker }): DynamicModule {
    const api = [
      AuthModule,
      AccountsModule,
      RegionsModule,
      HouseholdsModule,
      PoliciesModule,
      CasesModule,
      MeetingsModule,
      VerificationsModule,
      PublicityModule,
      ExitsModule,
      FollowUpsModule,
      MonitoringModule,
      RiskLeadsModule,
      DossiersModule,
      ImportsModule,
      SweepsModule,
      MicrocreditModule,
      HelpCadresModule,
      ExportsModule,
      StatisticsModule,
      NotificationsModule,
      WebhooksModule,
      PublicBoardModule,
      HealthModule,
    ];
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: requestLogOptions(settings.logLevel),
        }),
        TypeOrmModule.forRoot(dataSourceOptions(settings.databaseUrl, 20, { connectMs: settings.dbConnectTimeoutMs, queryMs: settings.dbQueryTimeoutMs })),
        RedisModule,
        AuditModule,
        AuthorizationModule,
        OutboxModule,
        CalendarModule,
        DeadlinesModule,
        QueuesModule,
        MetricsModule,
        RateLimitModule,
        ...(parts.api ? api : []),
        ...(parts.worker ? [WorkerModule] : []),
      ],
      providers: [
        { provide: Settings, useValue: settings },
        { provide: Clock, useValue: clock },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        DependencyOutages,
        DatabaseNoticesService,
      ],
      exports: [Settings, Clock, DependencyOutages, DatabaseNoticesService],
    };
  }
}
