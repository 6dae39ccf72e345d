import type { SmsSettings } from '../src/config/settings';
import { NotificationDeliveryEntity } from '../src/notifications/notification-delivery.entity';
import { AliyunSmsProvider } from '../src/notifications/aliyun-sms.provider';
import { SmsRefusedError, type SmsMessage, type SmsProvider } from '../src/notifications/sms-provider';
import { TencentSmsProvider } from '../src/notifications/tencent-sms.provider';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver } from './support/case-driver';
import { startIdentificationApp } from './support/identification-app';
import { INVALID_PHONE, KNOWN_ACCESS_KEY, startFakeAliyunSms, startFakeTencentSms, THROTTLED_PHONE, type FakeSmsProvider } from './support/sms-provider-servers';
import { waitFor } from './support/wait-for';

const settingsFor = (provider: SmsSettings['provider'], endpoint: string, accessKeyId = KNOWN_ACCESS_KEY): SmsSettings => ({
  provider,
  signName: '某某县乡村振兴局',
  templateCodes: { stage_changed: provider === 'aliyun' ? 'SMS_4711' : '1000001', application_received: provider === 'aliyun' ? 'SMS_4712' : '1000002' },
  accessKeyId,
  accessKeySecret: 'test-secret',
  appId: '1400000001',
  region: 'ap-guangzhou',
  endpoint,
});

const text = (phone: string): SmsMessage => ({
  phone,
  template: 'stage_changed',
  params: [['caseNumber', 'SB-2026-0001'], ['stage', '村民代表大会民主评议']],
  text: '办理进度: 案件 SB-2026-0001 已进入「村民代表大会民主评议」阶段。',
});

async function refusalOf(sending: Promise<void>): Promise<SmsRefusedError> {
  const error: unknown = await sending.then(() => null, (thrown: unknown) => thrown);
  if (!(error instanceof SmsRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe.each([
  { provider: 'aliyun' as const, start: startFakeAliyunSms, create: (settings: SmsSettings): SmsProvider => new AliyunSmsProvider(settings), phone: '13800000001', params: { caseNumber: 'SB-2026-0001', stage: '村民代表大会民主评议' }, code: 'SMS_4711', throttled: 'isv.BUSINESS_LIMIT_CONTROL', invalid: 'isv.MOBILE_NUMBER_ILLEGAL', unknownKey: 'InvalidAccessKeyId.NotFound' },
  { provider: 'tencent' as const, start: startFakeTencentSms, create: (settings: SmsSettings): SmsProvider => new TencentSmsProvider(settings), phone: '+8613800000001', params: { p1: 'SB-2026-0001', p2: '村民代表大会民主评议' }, code: '1000001', throttled: 'LimitExceeded.PhoneNumberDailyLimit', invalid: 'InvalidParameterValue.IncorrectPhoneNumber', unknownKey: 'AuthFailure.SecretIdNotFound' },
])('$provider SMS against a server speaking its API', (expected) => {
  let fake: FakeSmsProvider;
  let provider: SmsProvider;

  beforeAll(async () => {
    fake = await expected.start();
    provider = expected.create(settingsFor(expected.provider, fake.endpoint));
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.received.splice(0));

  it('sends the signature, the template code and its parameters, not free text', async () => {
    await provider.send(text('13800000001'));
    expect(fake.received).toEqual([{ accessKeyId: KNOWN_ACCESS_KEY, phone: expected.phone, signName: '某某县乡村振兴局', templateCode: expected.code, params: expected.params }]);
  });

  it('says a throttled text was throttled', async () => {
    const refusal = await refusalOf(provider.send(text(THROTTLED_PHONE)));
    expect(refusal).toMatchObject({ reason: 'throttled', providerCode: expected.throttled });
  });

  it('says an invalid number is invalid', async () => {
    const refusal = await refusalOf(provider.send(text(INVALID_PHONE)));
    expect(refusal).toMatchObject({ reason: 'invalid_number', providerCode: expected.invalid });
  });

  it('reports a credential the provider does not know with its code', async () => {
    const stranger = expected.create(settingsFor(expected.provider, fake.endpoint, 'unknown-key'));
    const refusal = await refusalOf(stranger.send(text('13800000001')));
    expect(refusal).toMatchObject({ reason: 'refused', providerCode: expected.unknownKey });
  });

  it('sends nothing for a template without a provider code', async () => {
    const refusal = await refusalOf(provider.send({ ...text('13800000001'), template: 'case_registered' }));
    expect(refusal).toMatchObject({ reason: 'not_configured' });
    expect(fake.received).toHaveLength(0);
  });
});

describe('Texts to applicants through a configured provider (e2e)', () => {
  it('delivers through the worker, and records a refused text as failed with the reason', async () => {
    const fake = await startFakeAliyunSms();
    const { sut, tree, tokens, clock } = await startIdentificationApp({ runWorker: true, sms: settingsFor('aliyun', fake.endpoint) });
    try {
      const accepted = await CaseDriver.openCase(sut, tokens, tree, clock);
      const refused = await CaseDriver.openCase(sut, tokens, tree, clock);
      await sut.dataSource.query(`UPDATE household_member SET phone = $1 WHERE household_id = $2 AND relation = 'head'`, [THROTTLED_PHONE, refused.householdId]);
      for (const driver of [accepted, refused]) expect((await driver.send(sample.submit())).status).toBe(201);

      const deliveries = () => sut.dataSource.getRepository(NotificationDeliveryEntity).findBy({ channel: 'sms' });
      await waitFor('both texts handled', async () => (await deliveries()).filter((row) => row.status !== 'sending').length >= 4);
      const rows = await deliveries();
      expect(rows.filter((row) => row.recipientKey === `household:${accepted.householdId}`).map((row) => row.status)).toEqual(['sent', 'sent']);
      const failed = rows.filter((row) => row.recipientKey === `household:${refused.householdId}`);
      expect(failed.map((row) => row.status)).toEqual(['failed', 'failed']);
      expect(failed[0]?.lastError).toMatch(/^throttled \(isv\.BUSINESS_LIMIT_CONTROL\)/);

      const caseNumber = (await accepted.view()).caseNumber;
      const toAccepted = fake.received.filter((received) => received.phone === '13800000000');
      expect(toAccepted).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ templateCode: 'SMS_4712', params: { caseNumber } }),
          expect.objectContaining({ templateCode: 'SMS_4711', params: { caseNumber, stage: '村民小组评议' } }),
        ]),
      );
    } finally {
      await sut.close();
      await fake.close();
    }
  });
});
