import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { SmsSettings } from '../config/settings';
import { SmsProvider, SmsRefusedError, type SmsMessage, type SmsRefusal } from './sms-provider';

type Client = InstanceType<typeof sms.v20210111.Client>;

/** Tencent Cloud's status codes (SendSms, API 2021-01-11) that say why a text was not accepted. */
function refusalOf(code: string): SmsRefusal {
  if (code.startsWith('LimitExceeded.PhoneNumber') || code === 'RequestLimitExceeded') return 'throttled';
  if (code === 'InvalidParameterValue.IncorrectPhoneNumber' || code === 'FailedOperation.PhoneNumberInBlacklist') return 'invalid_number';
  return 'refused';
}

/** Tencent Cloud SMS (短信) through its official SDK: SmsSdkAppId, signature, template id, ordered parameters. */
export class TencentSmsProvider extends SmsProvider {
  readonly name: string;
  private readonly client: Client;

  constructor(private readonly settings: SmsSettings) {
    super();
    const url = new URL(settings.endpoint);
    this.name = `tencent (${url.host}, application ${settings.appId}, signature ${settings.signName})`;
    this.client = new sms.v20210111.Client({
      credential: { secretId: settings.accessKeyId, secretKey: settings.accessKeySecret },
      region: settings.region,
      profile: { httpProfile: { endpoint: url.host, protocol: `${url.protocol}//`, reqTimeout: 10 } },
    });
  }

  async send(message: SmsMessage): Promise<void> {
    const templateId = this.settings.templateCodes[message.template];
    if (!templateId) throw new SmsRefusedError('not_configured', message.template, 'no Tencent Cloud template id in SMS_TEMPLATES');
    let code: string;
    let detail: string;
    try {
      const answer = await this.client.SendSms({
        SmsSdkAppId: this.settings.appId,
        SignName: this.settings.signName,
        TemplateId: templateId,
        // Mainland numbers in E.164, as the API asks.
        PhoneNumberSet: [`+86${message.phone}`],
        TemplateParamSet: message.params.map(([, value]) => value),
      });
      const [status] = answer.SendStatusSet ?? [];
      code = status?.Code ?? 'NoStatus';
      detail = `${status?.Message ?? 'no send status in the answer'} (request ${answer.RequestId ?? '?'})`;
    } catch (error) {
      // An error answer (Response.Error: bad signature, unknown application …) is thrown with its code.
      const { code: errorCode, requestId } = error as { code?: string; requestId?: string };
      if (typeof errorCode !== 'string') throw error;
      code = errorCode;
      detail = `${(error as Error).message} (request ${requestId ?? '?'})`;
    }
    if (code === 'Ok') return;
    throw new SmsRefusedError(refusalOf(code), code, detail);
  }
}
