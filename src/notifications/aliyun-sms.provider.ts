import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil, AlibabaCloudError } from '@alicloud/openapi-core';
import type { SmsSettings } from '../config/settings';
import { SmsProvider, SmsRefusedError, type SmsMessage, type SmsRefusal } from './sms-provider';

/** Alibaba Cloud's answer codes (SendSms, API 2017-05-25) that say why a text was not accepted. */
const REFUSALS: Record<string, SmsRefusal> = {
  'isv.BUSINESS_LIMIT_CONTROL': 'throttled',
  'isv.DAY_LIMIT_CONTROL': 'throttled',
  Throttling: 'throttled',
  'isv.MOBILE_NUMBER_ILLEGAL': 'invalid_number',
  'isv.MOBILE_COUNT_OVER_LIMIT': 'invalid_number',
};

/** Alibaba Cloud SMS (短信服务) through its official SDK: signature, template code, JSON parameters. */
export class AliyunSmsProvider extends SmsProvider {
  readonly name: string;
  private readonly client: Dysmsapi;

  constructor(private readonly settings: SmsSettings) {
    super();
    const url = new URL(settings.endpoint);
    this.name = `aliyun (${url.host}, signature ${settings.signName})`;
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: settings.accessKeyId,
        accessKeySecret: settings.accessKeySecret,
        endpoint: url.host,
        protocol: url.protocol.replace(':', ''),
        connectTimeout: 5000,
        readTimeout: 10_000,
      }),
    );
  }

  async send(message: SmsMessage): Promise<void> {
    const templateCode = this.settings.templateCodes[message.template];
    if (!templateCode) throw new SmsRefusedError('not_configured', message.template, 'no Alibaba Cloud template code in SMS_TEMPLATES');
    let code: string;
    let detail: string;
    try {
      const { body } = await this.client.sendSms(
        new SendSmsRequest({
          phoneNumbers: message.phone,
          signName: this.settings.signName,
          templateCode,
          templateParam: JSON.stringify(Object.fromEntries(message.params)),
        }),
      );
      code = body?.code ?? '';
      detail = `${body?.message ?? ''} (request ${body?.requestId ?? '?'})`;
    } catch (error) {
      // An HTTP error answer (bad signature, unknown template …) comes as a thrown error with its code.
      if (!(error instanceof AlibabaCloudError)) throw error;
      code = error.code;
      detail = `${error.message} (request ${error.requestId ?? '?'})`;
    }
    if (code === 'OK') return;
    throw new SmsRefusedError(REFUSALS[code] ?? 'refused', code, detail);
  }
}
