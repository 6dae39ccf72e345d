import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

/**
 * One text to send. Providers that Chinese governments use (Alibaba Cloud, Tencent Cloud) accept
 * no free text: a registered signature, a registered template and its parameters. `text` is
 * the whole message as we render it, for the log-only provider and for the record.
 */
export interface SmsMessage {
  phone: string;
  /** Our template name (stage_changed, case_registered …); mapped to the provider's template code. */
  template: string;
  /** Template parameters in the order the provider's template declares them. */
  params: [name: string, value: string][];
  text: string;
}

/** Why a provider refused a text; recorded with the delivery, never retried (at most once). */
export type SmsRefusal = 'throttled' | 'invalid_number' | 'not_configured' | 'refused';

export class SmsRefusedError extends Error {
  constructor(
    readonly reason: SmsRefusal,
    readonly providerCode: string,
    detail: string,
  ) {
    super(`${reason} (${providerCode}): ${detail}`);
  }
}

/** Where text messages go. */
export abstract class SmsProvider {
  abstract readonly name: string;
  /** Resolves when the provider accepted the text; throws SmsRefusedError when it refused it. */
  abstract send(message: SmsMessage): Promise<void>;
}

/** 13800138000 → 138****8000: what the log may show of a phone number. */
export const maskedPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/**
 * DEVELOPMENT ONLY: sends nothing, writes each message to the log. The default (SMS_PROVIDER=log),
 * and it says so at start; production binds aliyun or tencent.
 */
@Injectable()
export class LogOnlySmsProvider extends SmsProvider implements OnModuleInit {
  readonly name = 'log-only (development: nothing is sent)';
  private readonly logger = new Logger('SMS');

  onModuleInit(): void {
    this.logger.warn(`SMS provider: ${this.name}`);
  }

  send(message: SmsMessage): Promise<void> {
    this.logger.log({ phone: maskedPhone(message.phone), template: message.template, text: message.text }, 'SMS not sent (development provider)');
    return Promise.resolve();
  }
}
