import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Actor } from '../common/actor';
import { uuidParam } from '../common/param.pipes';
import { RegisterWebhookDto } from './dto/register-webhook.dto';
import { DeadLetter, RegisteredWebhook, WebhookView } from './webhook.view';
import { WebhooksService } from './webhooks.service';

/** A county's webhooks: every notification on its cases is POSTed there, signed. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('county')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: '登记回调地址；返回的 secret 仅显示这一次，用于校验 X-Jingzhun-Signature' })
  @ApiCreatedResponse({ type: RegisteredWebhook })
  register(@CurrentActor() actor: Actor, @Body() dto: RegisterWebhookDto): Promise<RegisteredWebhook> {
    return this.webhooks.register(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: '本县的回调地址' })
  @ApiOkResponse({ type: [WebhookView] })
  list(@CurrentActor() actor: Actor): Promise<WebhookView[]> {
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
  @ApiOkResponse({ type: [DeadLetter] })
  deadLetters(@CurrentActor() actor: Actor): Promise<DeadLetter[]> {
    return this.webhooks.deadLetters(actor);
  }
}
