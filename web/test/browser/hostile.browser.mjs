// hostile.browser.mjs ingests articles whose title, outlet, address and
// text carry script payloads (as JSON, HTML and Markdown, the ways an
// article arrives), opens every view that shows them in chromium, and
// checks that no payload ran and that each is shown as the text it is.
// A payload that ran would set window.__isnadPwned, open a dialog, or (the
// CSP refusing it) raise a violation; all three are watched.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { getJSON, screenshot, session, summary, tempDir } from './harness.mjs';

const step = { timeout: 60_000 };

// Each payload tries to set the flag; none may.
const payloads = [
  `<script>window.__isnadPwned='script'</script>`,
  `<img src=x onerror="window.__isnadPwned='img';alert(1)">`,
  `<svg onload="window.__isnadPwned='svg'"></svg>`,
  `<a href="javascript:window.__isnadPwned='link'">انقر هنا</a>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `<style>body{display:none}</style>`,
  `"><script>alert(document.domain)</script>`,
  `javascript:alert(1)`,
  `[رابط](javascript:alert('md'))`,
];

// articleText is an Arabic news text, long enough to be read as an
// article, with attributed claims, actors, a date and a figure around the
// payloads, so that they land inside highlights and claims too.
function articleText(tag) {
  return [
    `قال المتحدث باسم وزارة الدفاع الأميركية يوم الاثنين 5 يناير 2024 إن القوات الأميركية قتلت 12 عنصرا من تنظيم داعش ${payloads[0]} في شرق سوريا.`,
    `وأضاف المتحدث أن ${payloads[1]} الغارات استهدفت مواقع التنظيم قرب دير الزور ${payloads[2]} خلال الأسبوع الماضي.`,
    `وذكر المرصد السوري لحقوق الإنسان أن ${payloads[3]} الميليشيات الإيرانية نقلت أسلحة ${payloads[4]} إلى البوكمال.`,
    `وأكد مصدر محلي أن ${payloads[5]} ${payloads[6]} الاشتباكات استمرت ساعات ${payloads[7]} ${payloads[8]}.`,
    `وهذه نسخة الاختبار ${tag} من المقال.`,
  ].join('\n\n');
}

let ui;
let page;
let base;
let tmp;

before(async () => {
  tmp = await tempDir();
  const files = {
    'hostile.json': JSON.stringify({
      title: `عنوان ${payloads[0]} ${payloads[1]}`,
      url: `javascript:window.__isnadPwned='url'`,
      source: `<b onmouseover="window.__isnadPwned='outlet'">وكالة</b>`,
      published: '2024-01-06',
      text: articleText('json'),
    }),
    'hostile.html': `<!doctype html><html><head><title>صفحة ${payloads[3]}</title>
<script>window.__isnadPwned='page-script'</script></head>
<body onload="window.__isnadPwned='body'"><article><h1>تقرير &lt;script&gt;window.__isnadPwned='entity'&lt;/script&gt; من سوريا</h1>
${articleText('html').split('\n\n').map((p) => `<p>${p.replace(/</g, '&lt;')}</p><p><img src=x onerror="window.__isnadPwned='html-img'"></p>`).join('\n')}
</article></body></html>`,
    'hostile.md': `# تقرير ${payloads[8]}\n\n${articleText('markdown')}\n\n<script>window.__isnadPwned='md-script'</script>\n`,
  };
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(tmp.dir, name), body);
  ui = await session(Object.keys(files).map((name) => path.join(tmp.dir, name)));
  ({ page, base } = ui);
}, { timeout: 360_000 });

after(async () => {
  await ui?.close();
  await tmp?.cleanup();
});

// nothingRan checks the page for every sign of a payload having run or
// having been parsed into elements.
async function nothingRan(where) {
  const seen = await page.evaluate(() => ({
    flag: window.__isnadPwned,
    injected: [...document.querySelectorAll('#view script, #view img, #view iframe, #view svg, #view object, #view embed, #view style, #view b')]
      .map((el) => el.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('#view *')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
    jsLinks: [...document.querySelectorAll('a[href], iframe[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src'))
      .filter((u) => /^\s*javascript:/i.test(u)),
    visible: getComputedStyle(document.body).display !== 'none',
  }));
  assert.deepEqual(seen, { flag: undefined, injected: [], handlers: [], jsLinks: [], visible: true }, where);
}

let docs;

// kindOf is the format a stored document was read from (its source is the
// file name, with #N for a record of a JSON file).
const kindOf = (d) => /\.(json|html|md)\b/.exec(d.source)?.[1];

test('the hostile articles were stored', step, async () => {
  docs = (await getJSON(base, 'documents?limit=10')).items;
  assert.equal(docs.length, 3, JSON.stringify(docs.map((d) => d.source)));
});

test('reader: payloads shown as text, none run', step, async () => {
  let shownScript = false;
  for (const d of docs) {
    await page.goto(`${base}#/documents/${encodeURIComponent(d.id)}`);
    await page.waitForSelector('article.reader');
    await nothingRan(`reader of ${d.source}`);
    const text = await page.locator('article.reader').innerText();
    assert.ok(text.includes('onerror='), `${d.source}: the payload text is not shown`);
    if (text.includes("<script>window.__isnadPwned='script'</script>")) shownScript = true;
    // Every highlight opens its details without running anything.
    const hl = page.locator('article.reader .hl');
    const n = Math.min(await hl.count(), 25);
    assert.ok(n > 0, `${d.source}: nothing highlighted`);
    for (let i = 0; i < n; i++) await hl.nth(i).click();
    await nothingRan(`highlights of ${d.source}`);
    const source = page.locator('.doc-head a[target="_blank"]');
    if (await source.count()) assert.equal(await source.getAttribute('href'), '#', 'a javascript: address kept as a link');
    await screenshot(page, `12-hostile-${kindOf(d)}`);
  }
  assert.ok(shownScript, 'no reader shows the <script> payload as text');
  // The JSON article's title is shown as text, markup and all.
  const json = docs.find((d) => kindOf(d) === 'json');
  await page.goto(`${base}#/documents/${encodeURIComponent(json.id)}`);
  await page.waitForSelector('.doc-head h1');
  assert.ok((await page.locator('.doc-head h1').innerText()).includes('<script>'), 'title not shown escaped');
  assert.equal(await page.locator('.doc-head h1').evaluate((el) => el.children.length), 0);
});

test('lists, claim cards, search and timeline: none run', step, async () => {
  for (const route of ['#/', '#/documents', '#/claims', '#/entities', '#/contradictions', '#/search?q=المتحدث', '#/search?q=onerror']) {
    await page.goto(`${base}${route}`);
    await page.waitForSelector('#view .panel, #view .error');
    assert.equal(await page.locator('#view .error').count(), 0, `${route}: ${await page.locator('#view').innerText()}`);
    await nothingRan(route);
  }
  const claims = (await getJSON(base, 'claims?limit=50')).items;
  assert.ok(claims.length > 0, 'no claims read from the hostile articles');
  // The claims that carry payloads first: their card is photographed.
  claims.sort((x, y) => Number(y.text.includes('<')) - Number(x.text.includes('<')));
  for (const [i, c] of claims.slice(0, 10).entries()) {
    await page.goto(`${base}#/claims/${encodeURIComponent(c.id)}`);
    await page.waitForSelector('.claim-card');
    await nothingRan(`claim ${c.id}`);
    if (i === 0) await screenshot(page, '13-hostile-claim');
  }
  await page.goto(`${base}#/timeline`);
  await page.waitForSelector('.timeline .vis-item, #view .panel p.muted');
  await nothingRan('timeline');
  await page.goto(`${base}#/network`);
  await page.waitForSelector('.graph canvas, #view .panel p.muted');
  await nothingRan('network');
});

test('no dialog, no console error, no CSP violation', () => {
  assert.deepEqual(summary(ui.problems), []);
});

// The watchers must be able to fail: markup injected into the page as HTML
// is refused by the CSP, and the refusal is seen.
test('control: an injected inline handler is refused and reported', step, async () => {
  const control = await ui.context.newPage();
  const { watch } = await import('./harness.mjs');
  const seen = await watch(control);
  await control.goto(base);
  await control.waitForSelector('.dashboard');
  await control.evaluate(() => document.body.insertAdjacentHTML('beforeend', `<img src="data:," onload="window.__isnadPwned='control'">`));
  await control.waitForTimeout(500);
  assert.equal(await control.evaluate(() => window.__isnadPwned), undefined, 'the CSP let an inline handler run');
  assert.ok(seen.some((p) => p.includes('CSP violation')), `no violation seen: ${seen.join('; ')}`);
  await control.close();
});
