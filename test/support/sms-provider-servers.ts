import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake provider received: the sender's credential, and the text as the provider's API names it. */
export interface ReceivedText {
  accessKeyId: string;
  phone: string;
  signName: string;
  templateCode: string;
  /** Parameters in the order they came (Tencent: positional, named p1…; Alibaba Cloud: by name). */
  params: Record<string, string>;
}

export interface FakeSmsProvider {
  endpoint: string;
  received: ReceivedText[];
  close(): Promise<void>;
}

/** Numbers the fake providers answer with a refusal, as the real ones do for these cases. */
export const THROTTLED_PHONE = '13800000002';
export const INVALID_PHONE = '13800000003';
export const KNOWN_ACCESS_KEY = 'LTAI-test-key-id';

type Outcome = 'ok' | 'throttled' | 'invalid' | 'unknown_key';

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function listen(handle: (request: IncomingMessage, body: string) => { status: number; answer: unknown }): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const { status, answer } = handle(request, body);
      response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const outcomeOf = (accessKeyId: string, phone: string): Outcome =>
  accessKeyId !== KNOWN_ACCESS_KEY ? 'unknown_key' : phone.endsWith(THROTTLED_PHONE) ? 'throttled' : phone.endsWith(INVALID_PHONE) ? 'invalid' : 'ok';

/** The access key id out of an Authorization header (ACS3: "Credential=<id>,"; TC3: "Credential=<id>/<date>/…"). */
const credentialOf = (request: IncomingMessage): string => /Credential=([^,/]+)/.exec(request.headers.authorization ?? '')?.[1] ?? '';

/**
 * Alibaba Cloud SMS, API 2017-05-25, action SendSms: parameters in the query string, answer codes
 * in a 200 body (limits and bad numbers included); an unknown key is an HTTP error.
 */
export async function startFakeAliyunSms(): Promise<FakeSmsProvider> {
  const received: ReceivedText[] = [];
  const server = await listen((request) => {
    const query = new URL(request.url ?? '/', 'http://x').searchParams;
    if (request.headers['x-acs-action'] !== 'SendSms' || request.headers['x-acs-version'] !== '2017-05-25') {
      return { status: 400, answer: { Code: 'InvalidAction.NotFound', Message: 'Specified api is not found', RequestId: randomUUID() } };
    }
    const text: ReceivedText = {
      accessKeyId: credentialOf(request),
      phone: query.get('PhoneNumbers') ?? '',
      signName: query.get('SignName') ?? '',
      templateCode: query.get('TemplateCode') ?? '',
      params: JSON.parse(query.get('TemplateParam') ?? '{}') as Record<string, string>,
    };
    received.push(text);
    const RequestId = randomUUID();
    switch (outcomeOf(text.accessKeyId, text.phone)) {
      case 'unknown_key':
        return { status: 404, answer: { Code: 'InvalidAccessKeyId.NotFound', Message: 'Specified access key is not found.', RequestId } };
      case 'throttled':
        return { status: 200, answer: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发小时级流控Permits:5', RequestId } };
      case 'invalid':
        return { status: 200, answer: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号', RequestId } };
      case 'ok':
        return { status: 200, answer: { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId } };
    }
  });
  return { ...server, received };
}

/**
 * Tencent Cloud SMS, API 2021-01-11, action SendSms: a JSON body, one status per number in
 * SendStatusSet; an unknown key is Response.Error.
 */
export async function startFakeTencentSms(): Promise<FakeSmsProvider> {
  const received: ReceivedText[] = [];
  const server = await listen((request, body) => {
    const RequestId = randomUUID();
    if (request.headers['x-tc-action'] !== 'SendSms' || request.headers['x-tc-version'] !== '2021-01-11') {
      return { status: 200, answer: { Response: { Error: { Code: 'InvalidAction', Message: 'unknown action' }, RequestId } } };
    }
    const input = JSON.parse(body) as { PhoneNumberSet: string[]; SignName: string; TemplateId: string; TemplateParamSet?: string[]; SmsSdkAppId: string };
    const phone = input.PhoneNumberSet[0] ?? '';
    const text: ReceivedText = {
      accessKeyId: credentialOf(request),
      phone,
      signName: input.SignName,
      templateCode: input.TemplateId,
      params: Object.fromEntries((input.TemplateParamSet ?? []).map((value, index) => [`p${index + 1}`, value])),
    };
    received.push(text);
    const status = (Code: string, Message: string) => ({ status: 200, answer: { Response: { SendStatusSet: [{ SerialNo: randomUUID(), PhoneNumber: phone, Fee: Code === 'Ok' ? 1 : 0, SessionContext: '', Code, Message, IsoCode: 'CN' }], RequestId } } });
    switch (outcomeOf(text.accessKeyId, phone)) {
      case 'unknown_key':
        return { status: 200, answer: { Response: { Error: { Code: 'AuthFailure.SecretIdNotFound', Message: 'The SecretId is not found' }, RequestId } } };
      case 'throttled':
        return status('LimitExceeded.PhoneNumberDailyLimit', 'the number of sms messages sent from a single mobile number every day exceeds the upper limit');
      case 'invalid':
        return status('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect number format');
      case 'ok':
        return status('Ok', 'send success');
    }
  });
  return { ...server, received };
}
