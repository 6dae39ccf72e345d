import { html, SafeHtml } from './html';

describe('html', () => {
  it('escapes interpolated text, keeps SafeHtml and joins arrays', () => {
    const name = '<script>alert("x")</script>';
    const out = html`<p>${name}</p>${[html`<b>${'&'}</b>`, 'a<b']}${null}${false}${3}`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><b>&amp;</b>a&lt;b3');
  });
});
