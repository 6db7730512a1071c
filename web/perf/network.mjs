// network.mjs measures the actor network view in headless chromium at
// several sizes: the /api/graph answer, the time from the data's arrival to
// cytoscape's first frame (the page's "isnad:network" performance measure),
// and how the view answers the mouse: frames drawn per second and the
// longest gap between two frames while it zooms with the wheel and pans by
// dragging for about three seconds. The server must already be serving
// the store:
//
//   isnad --db sns.db serve --addr 127.0.0.1:8080 &
//   node web/perf/network.mjs http://127.0.0.1:8080/ 500 1000 2000
import { launch } from '../test/browser/harness.mjs';

const base = process.argv[2] || 'http://127.0.0.1:8080/';
const sizes = process.argv.slice(3).map(Number);
if (sizes.length === 0) sizes.push(500, 1000, 2000);

const browser = await launch();
try {
  for (const n of sizes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}#/network?limit=${n}`, { waitUntil: 'commit', timeout: 60_000 });
    // A UI without the measure (before it was added) counts until its
    // canvas exists and two frames have passed.
    await page.waitForFunction(() => performance.getEntriesByName('isnad:network').length > 0
      || document.querySelector('.graph canvas'), null, { timeout: 300_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const firstFrame = Date.now() - t0;
    const load = await page.evaluate(() => {
      const graph = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/graph'));
      const m = performance.getEntriesByName('isnad:network')[0];
      return { draw: m ? m.duration : NaN, api: graph ? graph.duration : null };
    });
    const box = await page.locator('.graph').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.evaluate(() => {
      window.__frames = [];
      const loop = (t) => {
        window.__frames.push(t);
        if (!window.__stopFrames) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    const started = Date.now();
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, i < 8 ? -120 : 120);
      await page.waitForTimeout(50);
    }
    await page.mouse.down();
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(cx + 8 * Math.sin(i / 4) * 20, cy + 4 * i);
      await page.waitForTimeout(25);
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => { window.__stopFrames = true; return window.__frames; });
    const seconds = (Date.now() - started) / 1000;
    let gap = 0;
    for (let i = 1; i < frames.length; i++) gap = Math.max(gap, frames[i] - frames[i - 1]);
    const shown = await page.locator('.graph-sizes').count() ? (await page.locator('.graph-sizes').textContent()).trim().split(' ')[0] : '?';
    console.log(`limit ${n} (${shown} nodes): /api/graph ${Math.round(load.api)}ms, data to first frame ${Math.round(load.draw)}ms, `
      + `navigation to first frame ${firstFrame}ms; interacting ${seconds.toFixed(1)}s: ${(frames.length / seconds).toFixed(0)} frames/s, longest frame gap ${Math.round(gap)}ms`);
    await context.close();
  }
} finally {
  await browser.close();
}
