import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

/** Where text messages go; a real provider (carrier SMS gateway) implements this. */
export abstract class SmsProvider {
  abstract readonly name: string;
  abstract send(phone: string, text: string): Promise<void>;
}

/**
 * DEVELOPMENT ONLY: sends nothing, writes each message to the log. The only provider so far;
 * a production installation must bind a real one.
 */
@Injectable()
export class LogOnlySmsProvider extends SmsProvider implements OnModuleInit {
  readonly name = 'log-only (development: nothing is sent)';
  private readonly logger = new Logger('SMS');

  onModuleInit(): void {
    this.logger.warn(`SMS provider: ${this.name}`);
  }

  send(phone: string, text: string): Promise<void> {
    this.logger.log({ phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, text }, 'SMS not sent (development provider)');
    return Promise.resolve();
  }
}
