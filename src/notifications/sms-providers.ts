import { Logger, type Provider } from '@nestjs/common';
import { Settings } from '../config/settings';
import { AliyunSmsProvider } from './aliyun-sms.provider';
import { LogOnlySmsProvider, SmsProvider } from './sms-provider';
import { TencentSmsProvider } from './tencent-sms.provider';
import { SMS_TEMPLATE_NAMES } from './templates';

/** The SMS provider SMS_PROVIDER chose; a real one says at start where it sends and which templates it lacks. */
export const smsProviderBinding: Provider = {
  provide: SmsProvider,
  inject: [Settings],
  useFactory: (settings: Settings): SmsProvider => {
    const sms = settings.sms;
    if (sms === null) return new LogOnlySmsProvider();
    const provider = sms.provider === 'aliyun' ? new AliyunSmsProvider(sms) : new TencentSmsProvider(sms);
    const logger = new Logger('SMS');
    logger.log(`SMS provider: ${provider.name}`);
    const missing = SMS_TEMPLATE_NAMES.filter((name) => !sms.templateCodes[name]);
    if (missing.length > 0) logger.warn(`SMS_TEMPLATES has no template code for ${missing.join(', ')}: those texts are recorded as failed, not sent`);
    return provider;
  },
};
