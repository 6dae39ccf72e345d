import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { notFound } from '../common/domain-error';
import { Settings } from '../config/settings';
import { MetricsService } from './metrics.service';

/**
 * GET /metrics for the operator's Prometheus: only with `Authorization: Bearer <METRICS_TOKEN>`;
 * without the token configured, or with a wrong one, there is nothing here (404).
 */
@Public()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly settings: Settings,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    const expected = this.settings.metricsToken ? `Bearer ${this.settings.metricsToken}` : null;
    const given = authorization ?? '';
    if (expected === null || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) throw notFound('请求的资源');
    return this.metrics.registry.metrics();
  }
}
