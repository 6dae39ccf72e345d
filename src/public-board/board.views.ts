import { html, publicPage, type SafeHtml } from '../common/html';
import type { ObjectionLookup, VillageBoard } from './public-board.service';

const OBJECTION_STATUS: Record<string, string> = { open: '正在调查核实', upheld: '异议成立', dismissed: '异议不成立', cancelled: '公示已撤销' };

function contacts(board: VillageBoard): SafeHtml {
  if (board.policy.contacts.length === 0) return html`<p class="meta">对公示有异议的，可在公示期内向村委会或乡镇人民政府反映，也可在本页网上提出。</p>`;
  return html`<p class="meta">监督电话: ${board.policy.contacts.map((contact, index) => html`${index > 0 ? '；' : ''}${contact.label} ${contact.phone}`)}</p>`;
}

/** The village's board, with the way in to the self-report page (a link, and its QR code for the printed board). */
export function villageBoardPage(board: VillageBoard): string {
  const notices = board.notices.map(
    (notice) => html`<section class="${notice.open ? 'notice-box' : ''}">
  <h2>${notice.title}</h2>
  <p class="meta">公示编号 ${notice.number}</p>
  <p class="meta">公示期: ${notice.startsOn} 至 ${notice.lastDay}${notice.open ? html` · <span class="left">剩余 ${notice.daysLeft} 天</span>` : ' · 已结束'}</p>
  <table>
    <thead><tr><th style="width:3em">序号</th><th>村民小组</th><th>户主</th><th style="width:5em">家庭人口</th>${notice.open ? html`<th style="width:5.2em">异议</th>` : ''}</tr></thead>
    <tbody>${notice.rows.map(
      (row, index) => html`<tr><td>${index + 1}</td><td>${row.group}</td><td>${row.head}</td><td>${row.size}</td>${
        notice.open ? html`<td>${row.objectable ? html`<a href="/board/${board.villageCode}/objection?case=${row.caseId}">提出异议</a>` : ''}</td>` : ''
      }</tr>`,
    )}</tbody>
  </table>
</section>`,
  );
  return publicPage(
    `${board.village}公示栏`,
    html`<header><h1>${board.village}公示栏</h1><p>${board.county} ${board.township}</p></header>
<main>
${notices.length > 0 ? notices : html`<section><p>目前没有公示。</p></section>`}
<section>${contacts(board)}
<p><a href="/board/case-lookup">查询本户申请进度</a> · <a href="/board/objection-status">查询异议处理结果</a></p></section>
<section><h2>困难自主申报</h2>
<p>家里遇到生病、受灾、失业等突发困难，可 <a href="/board/${board.villageCode}/report" id="report-link">在网上申报</a>，或用手机扫描下方二维码。<a href="/board/report-status">查询申报处理情况</a></p>
<p class="qr"><img src="/board/${board.villageCode}/report-qr.svg" alt="困难自主申报二维码" width="160" height="160"></p></section>
</main>`,
  );
}

export function townshipPage(township: string, villages: { code: string; name: string }[]): string {
  return publicPage(
    `${township}各村公示栏`,
    html`<header><h1>${township}</h1><p>各村公示栏</p></header><main><section><ul>${villages.map((village) => html`<li><a href="/board/${village.code}">${village.name}</a></li>`)}</ul></section></main>`,
  );
}

export interface ObjectionForm {
  villageCode: string;
  village: string;
  caseId: string;
  head: string;
  submissionKey: string;
  anonymousAllowed: boolean;
  values?: { name?: string; phone?: string; reason?: string };
  errors?: { field: string; reason: string }[];
}

export function objectionFormPage(form: ObjectionForm): string {
  const error = (field: string) => form.errors?.filter((problem) => problem.field === field).map((problem) => html`<div class="error">${problem.reason}</div>`);
  return publicPage(
    '提出异议',
    html`<header><h1>提出异议</h1><p>${form.village} · 户主 ${form.head}</p></header>
<main><section>
<form method="post" action="/board/${form.villageCode}/objection">
  <input type="hidden" name="caseId" value="${form.caseId}">
  <input type="hidden" name="submissionKey" value="${form.submissionKey}">
  <label for="name">您的姓名${form.anonymousAllowed ? ' (可不填)' : ''}</label>
  <input id="name" name="name" maxlength="50" value="${form.values?.name ?? ''}">${error('name')}
  <label for="phone">联系电话 (用于告知处理结果)</label>
  <input id="phone" name="phone" inputmode="tel" maxlength="20" value="${form.values?.phone ?? ''}">${error('phone')}
  <label for="reason">异议内容</label>
  <textarea id="reason" name="reason" rows="5" maxlength="2000">${form.values?.reason ?? ''}</textarea>${error('reason')}
  ${error('form')}
  <button type="submit">提交</button>
</form>
<p class="meta">村委会或乡镇将调查核实并答复。请如实反映，不得捏造事实。</p>
</section></main>`,
  );
}

export function objectionReceivedPage(villageCode: string, publicNumber: string): string {
  return publicPage(
    '异议已提交',
    html`<header><h1>异议已提交</h1></header><main><section>
<p>您的异议编号: <strong id="objection-number">${publicNumber}</strong></p>
<p>请记下编号。之后可凭编号和手机号后四位 <a href="/board/objection-status">查询处理结果</a>。</p>
<p><a href="/board/${villageCode}">返回公示栏</a></p></section></main>`,
  );
}

/** What was typed into a lookup form, shown again when the lookup found nothing. */
export interface LookupTyped {
  number?: string;
  lastFour?: string;
}

/**
 * The lookups are posted (the digits stay out of URLs and logs); a failed one keeps what was
 * typed, so a resident corrects a digit rather than starting over.
 */
const LOOKUPS = {
  case: { title: '查询申请进度', action: 'case-lookup' },
  objection: { title: '查询异议处理结果', action: 'objection-status' },
  report: { title: '查询申报处理情况', action: 'report-status' },
} as const;

export function lookupFormPage(kind: keyof typeof LOOKUPS, message: string | null, typed: LookupTyped = {}): string {
  const numbered = (label: string) => html`<label for="number">${label}</label><input id="number" name="number" maxlength="32" value="${typed.number ?? ''}">
<label for="phone4">联系电话后四位</label><input id="phone4" name="phone4" inputmode="numeric" maxlength="4" value="${typed.lastFour ?? ''}">`;
  const fields =
    kind === 'case'
      ? html`<label for="caseNumber">案件编号 (如 SB-2026-000017，见受理短信或公示)</label><input id="caseNumber" name="caseNumber" maxlength="32" value="${typed.number ?? ''}">
<label for="id4">户主身份证号码后四位</label><input id="id4" name="id4" maxlength="4" value="${typed.lastFour ?? ''}">`
      : numbered(kind === 'objection' ? '异议编号' : '申报编号 (如 FY-2026-000017)');
  const { title, action } = LOOKUPS[kind];
  return publicPage(
    title,
    html`<header><h1>${title}</h1></header><main><section>
<form method="post" action="/board/${action}">${fields}<button type="submit">查询</button></form>
${message ? html`<p class="error">${message}</p>` : ''}</section></main>`,
  );
}

export function caseResultPage(result: { caseNumber: string; stage: string; openedOn: string; updatedOn: string; rejection: string | null }): string {
  return publicPage(
    '申请进度',
    html`<header><h1>申请进度</h1><p>案件 ${result.caseNumber}</p></header><main><section>
<p>当前阶段: <strong>${result.stage}</strong></p><p class="meta">受理日期 ${result.openedOn} · 最近办理 ${result.updatedOn}</p>
${result.rejection ? html`<p>${result.rejection}</p>` : ''}
<p><a href="/board/case-lookup">查询其他案件</a></p></section></main>`,
  );
}

export function objectionResultPage(result: ObjectionLookup): string {
  const what = result.kind === 'appeal' ? '复核申请' : '异议';
  return publicPage(
    `${what}处理结果`,
    html`<header><h1>${what}处理结果</h1><p>编号 ${result.publicNumber}</p></header><main><section>
<p>状态: <strong>${OBJECTION_STATUS[result.status] ?? result.status}</strong></p>
<p class="meta">提出日期 ${result.filedOn}${result.resolvedOn ? ` · 答复日期 ${result.resolvedOn}` : ''}</p>
${result.finding ? html`<p>调查结论: ${result.finding}</p>` : html`<p>村委会或乡镇正在调查核实，结论将以短信告知。</p>`}
<p><a href="/board/objection-status">查询其他编号</a>${result.villageCode ? html` · <a href="/board/${result.villageCode}">返回公示栏</a>` : ''}</p></section></main>`,
  );
}

export function notFoundPage(): string {
  return publicPage('未找到', html`<header><h1>未找到</h1></header><main><section><p>没有这个公示栏。</p></section></main>`);
}
