import { RISK_TYPE_LABELS, RISK_TYPES } from '../../workflows/risk-lead/risk-lead.types';
import { html, publicPage, SafeHtml } from '../common/html';
import type { ReportForm, ReportStatus } from '../risk-leads/risk-reports.service';

export interface ReportFormPage {
  villageCode: string;
  village: string;
  submissionKey: string;
  values?: Partial<ReportForm>;
  errors?: { field: string; reason: string }[];
}

/** 农户自主申报: four fields and the difficulty, on a small phone, without scripts. */
export function reportFormPage(form: ReportFormPage): string {
  const error = (field: string) => form.errors?.filter((problem) => problem.field === field).map((problem) => html`<div class="error">${problem.reason}</div>`);
  const value = (field: keyof ReportForm) => form.values?.[field] ?? '';
  return publicPage(
    '困难自主申报',
    html`<header><h1>困难自主申报</h1><p>${form.village}</p></header>
<main><section>
<p class="meta">家里遇到生病、伤残、受灾、上学负担重、失业或收入骤减等困难，可在这里申报。村里将在两个工作日内受理，并入户了解情况。</p>
<form method="post" action="/board/${form.villageCode}/report">
  <input type="hidden" name="submissionKey" value="${form.submissionKey}">
  <label for="name">姓名</label>
  <input id="name" name="name" maxlength="50" value="${value('name')}">${error('name')}
  <label for="phone">联系电话 (用于告知处理结果)</label>
  <input id="phone" name="phone" inputmode="tel" maxlength="20" value="${value('phone')}">${error('phone')}
  <label for="idNumber">身份证号码</label>
  <input id="idNumber" name="idNumber" maxlength="18" value="${value('idNumber')}">${error('idNumber')}
  <label for="riskType">遇到的困难</label>
  <select id="riskType" name="riskType">
    <option value="">请选择</option>
    ${RISK_TYPES.map((type) => html`<option value="${type}"${value('riskType') === type ? new SafeHtml(' selected') : ''}>${RISK_TYPE_LABELS[type]}</option>`)}
  </select>${error('riskType')}
  <label for="details">情况说明 (可不填)</label>
  <textarea id="details" name="details" rows="4" maxlength="2000">${value('details')}</textarea>${error('details')}
  ${error('form')}
  <button type="submit">提交申报</button>
</form>
<p class="meta">申报内容只有村、乡镇和县里的工作人员能看到，不会公开。</p>
</section></main>`,
  );
}

export function reportReceivedPage(villageCode: string, publicNumber: string): string {
  return publicPage(
    '申报已提交',
    html`<header><h1>申报已提交</h1></header><main><section>
<p>您的申报编号: <strong id="report-number">${publicNumber}</strong></p>
<p>请记下编号。之后可凭编号和手机号后四位 <a href="/board/report-status">查询处理情况</a>，处理结果也会以短信告知。</p>
<p><a href="/board/${villageCode}">返回公示栏</a></p></section></main>`,
  );
}

/** Where the report stands, and nothing of what it said. */
export function reportStatusPage(status: ReportStatus): string {
  return publicPage(
    '申报处理情况',
    html`<header><h1>申报处理情况</h1><p>编号 ${status.publicNumber}</p></header><main><section>
<p>状态: <strong id="report-status">${status.status}</strong></p>
<p class="meta">申报日期 ${status.reportedOn}</p>
<p><a href="/board/report-status">查询其他编号</a> · <a href="/board/${status.villageCode}">返回公示栏</a></p></section></main>`,
  );
}
