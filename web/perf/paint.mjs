// paint.mjs measures the dashboard's first meaningful paint in headless
// chromium: from the start of navigation to the first frame drawn after the
// dashboard's figures are in the page (its panels need /api/stats and
// /api/contradictions), with the first contentful paint and the largest
// contentful paint beside it. Every run opens a fresh browser context (empty
// cache). The server must already be serving the store:
//
//   isnad --db sns.db serve --addr 127.0.0.1:8080 &
//   node web/perf/paint.mjs http://127.0.0.1:8080/ 10
import { launch } from '../test/browser/harness.mjs';

const url = process.argv[2] || 'http://127.0.0.1:8080/';
const runs = Number(process.argv[3] || 10);

// recorder runs in the page before its own scripts (installed by the
// driver, outside the page's content security policy). It notes when the
// dashboard enters the page and when the next frame is drawn.
function recorder() {
  window.__paint = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__paint.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((_, obs) => {
    if (!document.querySelector('.dashboard')) return;
    obs.disconnect();
    window.__paint.inserted = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__paint.painted = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
}

const browser = await launch();
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(recorder);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => window.__paint && window.__paint.painted, null, { timeout: 60_000 });
    const m = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'))
        .map((r) => `${new URL(r.name).pathname} ${Math.round(r.duration)}ms`);
      return { ...window.__paint, fcp: fcp ? fcp.startTime : null, api };
    });
    rows.push({ ...m, wall: Date.now() - t0 });
    await context.close();
  }
} finally {
  await browser.close();
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const fmt = (x) => (x == null ? '-' : `${Math.round(x)}ms`);
for (const r of rows) console.log(`dashboard painted ${fmt(r.painted)} (inserted ${fmt(r.inserted)}), FCP ${fmt(r.fcp)}, LCP ${fmt(r.lcp)}; ${r.api.join(', ')}`);
console.log(`median of ${rows.length}: first meaningful paint ${fmt(median(rows.map((r) => r.painted)))}, FCP ${fmt(median(rows.map((r) => r.fcp)))}, LCP ${fmt(median(rows.map((r) => r.lcp ?? 0)))}; worst ${fmt(Math.max(...rows.map((r) => r.painted)))}`);
