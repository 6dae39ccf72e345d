/** HTML that is already safe (built by `html` or a constant), as opposed to text. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value));
}

/** A template whose every interpolation is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''));
}

/** The public pages' frame: Chinese, no scripts, readable on a 360-px phone. */
export function publicPage(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  *{box-sizing:border-box} body{margin:0;font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","PingFang SC","Microsoft YaHei",sans-serif;font-size:16px;line-height:1.6;color:#222;background:#f6f6f2}
  header{background:#b71c1c;color:#fff;padding:12px 16px} header h1{margin:0;font-size:20px} header p{margin:4px 0 0;font-size:14px}
  main{padding:12px 16px;max-width:720px;margin:0 auto} section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;margin:0 0 16px}
  h2{font-size:18px;margin:0 0 8px} table{width:100%;border-collapse:collapse;font-size:15px;table-layout:fixed} th,td{border-bottom:1px solid #eee;padding:6px 4px;text-align:left;word-break:break-all} th{white-space:nowrap;font-size:14px}
  .meta{color:#555;font-size:14px} .left{color:#b71c1c;font-weight:bold} a{color:#0b57d0} label{display:block;margin:10px 0 4px}
  input,select,textarea{width:100%;font-size:16px;padding:8px;border:1px solid #bbb;border-radius:4px} button{margin-top:12px;width:100%;font-size:17px;padding:10px;background:#b71c1c;color:#fff;border:0;border-radius:4px}
  .error{color:#b71c1c} .notice-box{background:#fff8e1;border-color:#f0c36d} footer{color:#777;font-size:13px;text-align:center;padding:16px}
</style>
</head>
<body>
${body}
<footer>精准 · 贫困户识别与退出公示栏</footer>
</body>
</html>`.value;
}

/** Errors on public pages are pages too (a phone's browser shows JSON badly). */
export function publicErrorPage(status: number, message: string): string {
  return publicPage('出错了', html`<header><h1>${status === 429 ? '请求过于频繁' : '出错了'}</h1></header><main><section><p>${message}</p><p>请使用浏览器的返回按钮回到上一页。</p></section></main>`);
}
