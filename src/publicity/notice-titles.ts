import type { PublicityStage } from '../../workflows/identification/identification.types';

/** What each publicity stage is called on the board and on paper. */
export const NOTICE_TITLES: Record<PublicityStage, { board: string; print: string; intro: string; issuer: 'village' | 'township' | 'county' }> = {
  village_publicity: {
    board: '贫困户识别 · 村级第一次公示',
    print: '贫困户识别初选名单公示',
    intro: '根据贫困户识别工作程序，经农户申请、村民小组评议、村民代表大会民主评议和入户核实，现将初选名单公示如下：',
    issuer: 'village',
  },
  township_publicity: {
    board: '贫困户识别 · 乡镇审核后公示',
    print: '贫困户识别乡镇审核名单公示',
    intro: '经乡镇人民政府审核，现将拟确定的贫困户名单公示如下：',
    issuer: 'township',
  },
  county_announcement: {
    board: '贫困户识别 · 县级公告',
    print: '贫困户识别县级公告',
    intro: '经县级复审，现将拟确定为建档立卡贫困户的名单公告如下：',
    issuer: 'county',
  },
};

export function noticeTitle(stage: string): (typeof NOTICE_TITLES)[PublicityStage] | null {
  return (NOTICE_TITLES as Record<string, (typeof NOTICE_TITLES)[PublicityStage]>)[stage] ?? null;
}
