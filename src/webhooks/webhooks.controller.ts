import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { RegisterWebhookDto } from './dto/register-webhook.dto';
import type { WebhookEntity } from './webhook.entity';
import { WebhooksService, type DeadLetter } from './webhooks.service';

/** A county's webhooks: every notification on its cases is POSTed there, signed. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('county')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: '登记回调地址；返回的 secret 仅显示这一次，用于校验 X-Jingzhun-Signature' })
  register(@CurrentActor() actor: Actor, @Body() dto: RegisterWebhookDto): Promise<{ id: string; url: string; secret: string }> {
    return this.webhooks.register(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: '本县的回调地址' })
  list(@CurrentActor() actor: Actor): Promise<WebhookEntity[]> {
    return this.webhooks.list(actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '停用回调地址' })
  deactivate(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.webhooks.deactivate(actor, id);
  }

  @Get('dead-letters')
  @ApiOperation({ summary: '多次重试仍失败的回调 (死信)' })
  deadLetters(@CurrentActor() actor: Actor): Promise<DeadLetter[]> {
    return this.webhooks.deadLetters(actor);
  }
}
