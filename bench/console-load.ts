import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ConsoleLoad {
  /** The console's first page (the sign-in page): JavaScript and CSS it loads, gzip-compressed. */
  jsGzipKb: number;
  cssGzipKb: number;
  /** From navigation to the sign-in form ready to type into, median of five fresh loads (no cache). */
  firstLoadMs: number;
}

/** Loads /console in Chromium as a first visit would, counting what the first page needs. */
export async function measureConsoleLoad(base: string): Promise<ConsoleLoad> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const times: number[] = [];
    let js = 0;
    let css = 0;
    for (let run = 0; run < 5; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const bodies: Promise<void>[] = [];
      let runJs = 0;
      let runCss = 0;
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        bodies.push(
          response.body().then((body) => {
            const size = gzipSync(body).length;
            if (type === 'script') runJs += size;
            else runCss += size;
          }),
        );
      });
      const started = Date.now();
      await page.goto(`${base}/console/`);
      await page.waitForSelector('input[name=username]');
      times.push(Date.now() - started);
      await page.waitForLoadState('networkidle');
      await Promise.all(bodies);
      js = runJs;
      css = runCss;
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { jsGzipKb: js / 1024, cssGzipKb: css / 1024, firstLoadMs: times[Math.floor(times.length / 2)] ?? 0 };
  } finally {
    await browser.close();
  }
}
