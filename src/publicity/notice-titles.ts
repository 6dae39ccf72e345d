import { withPolicyDefaults, type CountyPolicy } from '../../workflows/policy';

export interface NoticeTitle {
  board: string;
  print: string;
  intro: string;
  issuer: 'village' | 'township' | 'county';
}

/** What each publicity stage of each procedure is called on the board and on paper. */
const NOTICE_TITLES: Record<string, Record<string, NoticeTitle | ((policy: CountyPolicy) => NoticeTitle)>> = {
  identification: {
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
  },
  exit: {
    village_publicity: {
      board: '贫困户退出 · 村内公示',
      print: '拟退出贫困户名单公示',
      intro: '经村民代表大会民主评议、入户核实和农户认可，现将拟退出贫困户名单公示如下：',
      issuer: 'village',
    },
    // procedures.md "Exit" stage 6: the county, or the township where the county's policy says so.
    announcement: (policy) => ({
      board: '贫困户退出 · 公告',
      print: '贫困户退出公告',
      intro: '经乡镇人民政府审核，现将拟退出贫困户名单公告如下，公告期满无异议的予以销号：',
      issuer: policy.exit.announcedBy,
    }),
  },
  monitoring: {
    village_publicity: ({ monitoring: { term } }) => ({
      board: `${term}识别 · 村内公示`,
      print: `拟纳入${term}名单公示`,
      intro: `经农户申报或干部排查、入户核查、信息比对和村级民主评议，现将拟纳入${term}的农户名单公示如下：`,
      issuer: 'village',
    }),
  },
  risk_elimination: {
    village_publicity: ({ monitoring: { term } }) => ({
      board: `${term}风险消除 · 村内公示`,
      print: `${term}风险消除名单公示`,
      intro: '经入户核实和村级民主评议，以下农户返贫致贫风险已稳定消除，现公示如下：',
      issuer: 'village',
    }),
  },
  elimination_rollback: {
    village_publicity: ({ monitoring: { term } }) => ({
      board: `${term}风险消除回退 · 村内公示`,
      print: `${term}风险消除回退名单公示`,
      intro: '经入户核实和村级民主评议，以下农户风险消除有误，拟回退为监测对象，现公示如下：',
      issuer: 'village',
    }),
  },
};

/** The title of a notice, in the county's monitoring term where it names the objects, issued by whom its policy says. */
export function noticeTitle(procedure: string, stage: string, policy: CountyPolicy): NoticeTitle | null {
  const title = NOTICE_TITLES[procedure]?.[stage];
  return typeof title === 'function' ? title(withPolicyDefaults(policy)) : (title ?? null);
}
