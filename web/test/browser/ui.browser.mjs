// ui.browser.mjs drives the web UI in Debian's chromium, as an analyst
// would: the seeds are ingested into a fresh store, `isnad serve` serves
// it, and each view is opened, checked and photographed into
// artifacts/screenshots (looked at by a person before a UI change lands).
// Every page must stay free of console errors and of content security
// policy violations. Run: cd web && npm run test:browser
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getJSON, screenshot, session, summary, watch } from './harness.mjs';

const step = { timeout: 60_000 };

let ui;
let page;
let base;
const get = (p) => getJSON(base, p);
const shoot = (name) => screenshot(page, name);

async function nav(route) {
  await page.click(`#nav a[href="#/${route}"]`);
}

// fitsWidth fails when a view is wider than the window (a sideways scroll
// bar: a long string or a fixed width pushing the layout out).
async function fitsWidth(p, where) {
  const { scroll, client } = await p.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client + 1, `${where}: the page is ${scroll}px wide in a ${client}px window`);
}

// openClaimInReader clicks, in the reader showing claim's document, the
// claim's highlighted words (its first piece that is not inside a smaller
// highlight of another claim) until the side panel shows the claim.
async function openClaimInReader(claim) {
  const link = `aside.details a[href="#/claims/${encodeURIComponent(claim.id)}"]`;
  const pieces = page.locator('article.reader .hl-claim');
  const n = await pieces.count();
  for (let i = 0; i < n; i++) {
    const piece = pieces.nth(i);
    if (!claim.text.includes((await piece.innerText()).trim())) continue;
    await piece.click();
    if ((await page.locator(link).count()) > 0) return link;
  }
  assert.fail(`no highlight opened claim ${claim.id}`);
}

// assertEnglish: a reason written for the English UI holds English words
// and, once the names and words it quotes from the articles are taken out
// (quoted, in parentheses, or given in quoted), no Arabic letter.
function assertEnglish(reason, quoted, where) {
  let rest = reason.replace(/"[^"]*"/g, ' ').replace(/\([^)]*\)/g, ' ');
  for (const q of [...new Set(quoted.filter(Boolean))].sort((a, b) => b.length - a.length)) rest = rest.split(q).join(' ');
  assert.match(rest, /[A-Za-z]{3,}/, `${where}: no English word in ${reason}`);
  assert.doesNotMatch(rest, /[\u0600-\u06FF]/, `${where}: Arabic left in "${rest}" (the reason: ${reason})`);
}

before(async () => {
  ui = await session(['testdata/seeds']);
  ({ page, base } = ui);
}, { timeout: 360_000 });

after(() => ui?.close());

test('dashboard: right to left, the corpus counted', step, async () => {
  await page.goto(base);
  await page.waitForSelector('.dashboard .counts');
  const dir = await page.evaluate(() => ({
    html: document.documentElement.getAttribute('dir'),
    lang: document.documentElement.lang,
    main: getComputedStyle(document.getElementById('view')).direction,
    panel: getComputedStyle(document.querySelector('.dashboard .panel')).direction,
  }));
  assert.deepEqual(dir, { html: 'rtl', lang: 'ar', main: 'rtl', panel: 'rtl' });
  // In right-to-left layout the brand sits at the right edge of the header.
  const brand = await page.locator('.brand').boundingBox();
  const header = await page.locator('header.top').boundingBox();
  assert.ok(brand.x > header.x + header.width / 2, `brand at x=${brand.x} is not on the right`);
  assert.match(await page.locator('.counts').innerText(), /5\s+الوثائق/);
  assert.ok(await page.locator('.bars li').count() > 0, 'no volume bars');
  assert.ok(await page.locator('.dashboard ol.actors li').count() > 0, 'no top actors');
  assert.ok(await page.locator('.dashboard .contradiction').count() > 0, 'no latest contradictions');
  // A polarity clash's values are codes of the analysis, named in Arabic.
  assert.doesNotMatch((await page.locator('.contradiction .meta').allInnerTexts()).join('\n'), /asserted|denied/, 'polarity values shown as codes');
  await fitsWidth(page, '01-dashboard');
  await shoot('01-dashboard');
});

// target is a claim with a chain of at least two links and a graded group
// with a reason, in a document that also has times and quantities.
let target;

test('document reader: entities, times, quantities and claims highlighted', step, async () => {
  const claims = (await get('claims?limit=200')).items;
  for (const c of claims.filter((x) => x.chain.length >= 2 && x.credibility && x.reason)) {
    const d = await get(`documents/${encodeURIComponent(c.doc)}`);
    if (d.analysis && d.analysis.times.length && d.analysis.quantities.length) {
      target = { claim: c, doc: d.document };
      break;
    }
  }
  assert.ok(target, 'no claim with a chain in a document with times and quantities');
  await nav('documents');
  await page.click(`a[href="#/documents/${encodeURIComponent(target.doc.id)}"]`);
  await page.waitForSelector('article.reader .hl');
  for (const kind of ['entity', 'time', 'quantity', 'claim']) {
    assert.ok(await page.locator(`article.reader .hl-${kind}`).count() > 0, `no ${kind} highlighted`);
  }
  // The reader shows the article's own text, in order.
  const text = await page.locator('article.reader').innerText();
  assert.ok(text.replace(/\s+/g, ' ').includes(target.doc.text.slice(0, 40).replace(/\s+/g, ' ')), 'article text not shown');
  assert.equal(await page.locator('article.reader').evaluate((el) => getComputedStyle(el).direction), 'rtl');
  // An entity highlight opens its actor in the side panel.
  await page.locator('article.reader .hl-entity').first().click();
  await page.waitForSelector('aside.details .hl-entity-box a[href^="#/entities/"]');
  await fitsWidth(page, '02-document');
  await shoot('02-document');
});

test('claim card: the chain from outlet to origin, grade and reason', step, async () => {
  const { claim } = target;
  const link = await openClaimInReader(claim);
  // The panel shows the claim as its card does: the chain and the reason.
  const panelChain = page.locator('aside.details .hl-claim-box ol.chain > li:not(.chain-arrow)');
  assert.equal(await panelChain.count(), claim.chain.length + 1, 'the reader panel does not draw the claim\'s chain');
  assert.ok((await page.locator('aside.details .hl-claim-box .reason').innerText()).includes(claim.reason), 'the reader panel lacks the reason');
  await fitsWidth(page, '03-document-claim-selected');
  await shoot('03-document-claim-selected');
  await page.click(link);
  await page.waitForSelector('.claim-card .chain');
  const chain = page.locator('.claim-card section').first().locator('ol.chain > li:not(.chain-arrow)');
  const steps = await chain.allInnerTexts();
  assert.equal(steps.length, claim.chain.length + 1, `chain drawn as ${JSON.stringify(steps)}`);
  assert.ok(await chain.first().evaluate((el) => el.classList.contains('chain-outlet')), 'the chain does not start at the outlet');
  const origin = chain.last();
  assert.ok(await origin.evaluate((el) => el.classList.contains('chain-origin')), 'the chain does not end at the origin');
  const last = claim.chain[claim.chain.length - 1];
  assert.ok((await origin.innerText()).includes(last.name), `origin ${await origin.innerText()} is not ${last.name}`);
  // Drawn right to left: the outlet is to the right of the origin.
  const [outletBox, originBox] = [await chain.first().boundingBox(), await origin.boundingBox()];
  assert.ok(outletBox.x > originBox.x || outletBox.y < originBox.y, 'the chain is not drawn right to left');
  const grade = await page.locator('.claim-card .grade').first().innerText();
  assert.ok(grade.startsWith(String(claim.credibility)), `grade ${grade}, want ${claim.credibility}`);
  const reason = await page.locator('.claim-card .reason').first().innerText();
  assert.ok(reason.includes(claim.reason), `reason ${reason}`);
  await fitsWidth(page, '04-claim');
  await shoot('04-claim');
});

test('completed chains: the reader panel and the claim card mark inherited links', step, async () => {
  const claims = (await get('claims?limit=200')).items;
  const claim = claims.find((c) => c.chain.some((l) => l.inherited_from));
  assert.ok(claim, 'no claim of the seeds has a chain completed from another document');
  const inherited = claim.chain.filter((l) => l.inherited_from);
  await page.goto(`${base}#/documents/${encodeURIComponent(claim.doc)}`);
  await page.waitForSelector('article.reader .hl-claim');
  await openClaimInReader(claim);
  const panel = page.locator('aside.details .hl-claim-box');
  assert.equal(await panel.locator('ol.chain > li:not(.chain-arrow)').count(), claim.chain.length + 1, 'the reader panel draws the chain as stored, not completed');
  assert.equal(await panel.locator('.chain-inherited').count(), inherited.length, 'inherited links not marked in the reader panel');
  const from = `a[href="#/documents/${encodeURIComponent(inherited[0].inherited_from)}"]`;
  assert.equal(await panel.locator(`.chain-inherited .inherited-tag ${from}`).count() > 0, true, 'the inherited link does not name its document');
  await fitsWidth(page, '03b-document-inherited-chain');
  await shoot('03b-document-inherited-chain');
  await page.goto(`${base}#/claims/${encodeURIComponent(claim.id)}`);
  await page.waitForSelector('.claim-card .chain');
  const card = page.locator('.claim-card section').first();
  assert.equal(await card.locator('.chain-inherited').count(), inherited.length, 'inherited links not marked on the claim card');
  assert.ok(await card.locator(`.inherited-tag ${from}`).count() > 0, 'the claim card does not name the inherited link\'s document');
});

test('stories: documents named by their titles, in the list and the evidence', step, async () => {
  const stories = (await get('stories')).items;
  const story = stories.find((s) => s.documents.length >= 2 && s.documents.some((x) => s.evidence.includes(x)));
  assert.ok(story, 'no story whose evidence names its documents');
  await page.goto(`${base}#/documents/${encodeURIComponent(story.documents[0])}`);
  await page.waitForSelector('.document small.evidence a[href^="#/documents/"]');
  // The ids give way to titles once the documents are read.
  await page.waitForFunction(() => ![...document.querySelectorAll('.document section a[href^="#/documents/"]')]
    .some((a) => a.textContent.startsWith('d:')), null, { timeout: 10_000 });
  const evidence = (await page.locator('.document small.evidence').allInnerTexts()).join('\n');
  for (const id of story.documents) assert.ok(!evidence.includes(id), `the evidence names ${id} by its id`);
  await fitsWidth(page, '02b-document-stories');
  await page.locator('.document small.evidence').first().scrollIntoViewIfNeeded();
  await shoot('02b-document-stories');
});

test('contradictions side by side', step, async () => {
  await nav('contradictions');
  await page.waitForSelector('.contradiction .side-by-side');
  const pairs = page.locator('.contradiction');
  assert.ok(await pairs.count() > 0);
  assert.equal(await pairs.first().locator('.side-by-side .report').count(), 2);
  const [a, b] = [await pairs.first().locator('.report').nth(0).boundingBox(), await pairs.first().locator('.report').nth(1).boundingBox()];
  assert.ok(Math.abs(a.y - b.y) < 2 && a.x > b.x, 'the two reports are not side by side, first on the right');
  await fitsWidth(page, '05-contradictions');
  await shoot('05-contradictions');
});

test('listings: documents, claims by grade, actors, one actor, source reliability', step, async () => {
  await nav('documents');
  await page.waitForSelector('.listing li a[href^="#/documents/"]');
  assert.equal(await page.locator('.listing li a[href^="#/documents/"]').count(), 5);
  await fitsWidth(page, '05b-documents');
  await shoot('05b-documents');
  await nav('claims');
  await page.waitForSelector('.listing .claim-row');
  await page.selectOption('main select', String(target.claim.credibility));
  await page.waitForFunction((g) => window.location.hash === `#/claims?grade=${g}`, target.claim.credibility);
  await page.waitForSelector('.listing .claim-row .grade');
  const grades = await page.locator('.listing .claim-row .grade').allInnerTexts();
  assert.ok(grades.length > 0 && grades.every((g) => g.startsWith(String(target.claim.credibility))), `grades ${grades}`);
  await fitsWidth(page, '05c-claims');
  await shoot('05c-claims');
  await nav('entities');
  await page.waitForSelector('ol.actors li a');
  const kinds = (await page.locator('ol.actors small').allInnerTexts()).join(' ');
  assert.doesNotMatch(kinds, /\b(PER|ORG|LOC|MISC)\b/, 'entity types shown as codes');
  await fitsWidth(page, '05d-actors');
  await shoot('05d-actors');
  await page.locator('ol.actors li a').first().click();
  await page.waitForSelector('.entity h1');
  assert.ok(await page.locator('.entity .claim-row, .entity .plain li').count() > 0, 'the actor has no claims or mentions');
  await fitsWidth(page, '05e-actor');
  await shoot('05e-actor');
  await nav('reliability');
  await page.waitForSelector('#view table.reliability tbody tr');
  assert.equal(await page.locator('#view .error').count(), 0, await page.locator('#view').innerText());
  // Rows name the kinds of source in the UI's language, not as codes, and
  // a note has room for a sentence.
  const table = await page.locator('#view table.reliability tbody').innerText();
  assert.doesNotMatch((await page.locator('#view table.reliability tbody td:first-child').allInnerTexts()).join('\n'), /kind:[a-z]|;/, 'reliability rows show kind: codes or raw spelling lists');
  assert.match(table, /مصدر مجهول/, 'the anonymous kind is not named in Arabic');
  // The shipped table's notes come in Arabic.
  assert.match(table, /مصدر غير مسمى لا يمكن الحكم عليه/, 'the shipped note is not in Arabic');
  assert.doesNotMatch(table, /cannot be judged/, 'a shipped note in English');
  const noteWidth = (await page.locator('#view table.reliability input.note').first().boundingBox()).width;
  assert.ok(noteWidth >= 200, `the note field is ${noteWidth}px wide`);
  await fitsWidth(page, '05f-reliability');
  await shoot('05f-reliability');
});

test('actor network: cytoscape draws the nodes', step, async () => {
  const graph = await get('graph');
  assert.ok(graph.nodes.length > 0, 'the API has no network');
  await nav('network');
  await page.waitForSelector('.graph canvas');
  // Nodes are drawn on a canvas: count its painted pixels once the layout
  // has settled.
  await page.waitForFunction(() => [...document.querySelectorAll('.graph canvas')].some((c) => {
    const { width, height } = c;
    if (!width || !height) return false;
    const px = c.getContext('2d').getImageData(0, 0, width, height).data;
    let painted = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
    return painted > 500;
  }), null, { timeout: 20_000 });
  // cytoscape keeps its instance on its container: count what it holds and
  // find where an edge is drawn.
  const drawn = await page.evaluate(() => {
    const box = [...document.querySelectorAll('#view div')].find((el) => el._cyreg?.cy);
    const { cy } = box._cyreg;
    // The edge whose middle is farthest from every node, so that the click
    // lands on the edge and not on a node (labels take no clicks).
    const clearance = (e) => {
      const m = e.renderedMidpoint();
      return Math.min(...cy.nodes().map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        const dx = Math.max(b.x1 - m.x, 0, m.x - b.x2);
        const dy = Math.max(b.y1 - m.y, 0, m.y - b.y2);
        return Math.hypot(dx, dy);
      }));
    };
    const { ele: edge, value: clear } = cy.edges().max(clearance);
    const rect = box.getBoundingClientRect();
    const mid = edge.renderedMidpoint();
    // Pairs of nodes whose labels overlap (a small network is spread so
    // that labels read).
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
      }
    }
    return { nodes: cy.nodes().length, edges: cy.edges().length, clear, overlaps, zoom: cy.zoom(), x: rect.left + mid.x, y: rect.top + mid.y };
  });
  assert.equal(drawn.nodes, graph.nodes.length, 'nodes drawn');
  assert.equal(drawn.edges, graph.edges.length, 'edges drawn');
  // An edge opens its evidence: the claims behind it.
  assert.ok(drawn.clear > 1, 'every edge is drawn under a node: none can be clicked');
  await page.mouse.click(drawn.x, drawn.y);
  await page.waitForSelector('#view aside a[href^="#/claims/"]');
  // The evidence names the kinds of event in Arabic and shows the claims'
  // texts, not their ids.
  assert.doesNotMatch(await page.locator('#view aside h3').innerText(), /[a-z]/, 'event types shown in English');
  const claimLinks = await page.locator('#view aside a[href^="#/claims/"]').allInnerTexts();
  assert.ok(claimLinks.every((t) => !t.startsWith('c:') && /[\u0600-\u06FF]/.test(t)), `claims listed by id: ${claimLinks}`);
  await fitsWidth(page, '06-network');
  await shoot('06-network');
  if (graph.nodes.length < 100) assert.ok(drawn.overlaps <= graph.nodes.length / 4, `${drawn.overlaps} pairs of the ${graph.nodes.length} nodes overlap at zoom ${drawn.zoom}`);
});

test('timeline: vis-timeline shows events and claims', step, async () => {
  await nav('timeline');
  await page.waitForSelector('.timeline .vis-item');
  assert.ok(await page.locator('.timeline .vis-item').count() > 0);
  const labels = await page.locator('.timeline .vis-item-content').allInnerTexts();
  assert.ok(labels.some((t) => /[\u0600-\u06FF]/.test(t)), 'no Arabic item label');
  // Items sit at their years: "2011" is a year, not 2011 ms after 1970.
  const axis = (await page.locator('.timeline .vis-time-axis .vis-text').allInnerTexts()).join(' ');
  assert.ok(/20[12]\d/.test(axis) && !/19[67]\d/.test(axis), `the axis shows ${axis}`);
  await fitsWidth(page, '07-timeline');
  await shoot('07-timeline');
});

test('search ميليشيا finds its inflections', step, async () => {
  await page.fill('#search-input', 'ميليشيا');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('.snippet mark');
  const marked = await page.locator('.snippet mark').allInnerTexts();
  assert.ok(marked.some((m) => m.includes('ميليشي') && m !== 'ميليشيا'), `only ${marked.join(', ')} marked`);
  assert.ok(marked.some((m) => /الميليشيات/.test(m)), `الميليشيات not among ${marked.join(', ')}`);
  assert.equal(await page.inputValue('#search-input'), 'ميليشيا');
  await fitsWidth(page, '08-search');
  await shoot('08-search');
});

test('English: left to right with English labels', step, async () => {
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  await page.waitForSelector('.snippet mark');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('view')).direction), 'ltr');
  const navText = await page.locator('#nav').innerText();
  for (const label of ['Dashboard', 'Documents', 'Claims', 'Contradictions', 'Network', 'Timeline']) {
    assert.ok(navText.includes(label), `nav lacks ${label}: ${navText}`);
  }
  assert.match(await page.locator('main h2').first().innerText(), /^Search: ميليشيا/);
  await fitsWidth(page, '09-search-english');
  await shoot('09-search-english');
  await page.click('#nav a[href="#/"]');
  await page.waitForSelector('.dashboard .counts');
  assert.match(await page.locator('.counts').innerText(), /5\s+Documents/);
  const brand = await page.locator('.brand').boundingBox();
  assert.ok(brand.x < 200, 'in English the brand sits on the left');
  await fitsWidth(page, '10-dashboard-english');
  await shoot('10-dashboard-english');
  await page.goto(`${base}#/claims/${encodeURIComponent(target.claim.id)}`);
  await page.waitForSelector('.claim-card .chain');
  // In English the chain reads left to right: the outlet on the left.
  const steps = page.locator('.claim-card section').first().locator('ol.chain > li:not(.chain-arrow)');
  const [outletBox, originBox] = [await steps.first().boundingBox(), await steps.last().boundingBox()];
  assert.ok(outletBox.x < originBox.x || outletBox.y < originBox.y, 'the English chain is not drawn left to right');
  assert.match(await page.locator('.claim-card .grade').first().innerText(), /^\d · [a-z]/);
  // The reasons are in English too: the grade's, the contradictions'.
  const card = await get(`claims/${encodeURIComponent(target.claim.id)}?lang=en`);
  const names = [...card.group.origins];
  for (const c of [card.claim, ...card.others]) {
    names.push(...c.hedges);
    for (const l of c.chain) names.push(l.name, l.org, l.role);
  }
  assertEnglish(await page.locator('.claim-card .reason').first().innerText(), names, 'the claim card\'s reason');
  assert.doesNotMatch(await page.locator('.claim-card').innerText(), /مصدر غير مسمى|ناشر غير معروف/, 'origins named in Arabic');
  await fitsWidth(page, '11-claim-english');
  await shoot('11-claim-english');
  await nav('contradictions');
  await page.waitForSelector('.contradiction .reason');
  const contras = (await get('contradictions?limit=20&lang=en')).items;
  const quoted = contras.flatMap((c) => [...c.values, ...c.values.flatMap((v) => v.split(' ← '))]);
  const reasons = await page.locator('.contradiction .reason').allInnerTexts();
  assert.ok(reasons.length > 0, 'no contradiction reason shown');
  for (const r of reasons) assertEnglish(r, quoted, 'a contradiction\'s reason');
  await shoot('12-contradictions-english');
  await page.goto(`${base}#/documents/${encodeURIComponent(target.doc.id)}`);
  await page.waitForSelector('article.reader');
  // The documents named in the evidence keep their (Arabic) titles.
  await page.waitForFunction(() => ![...document.querySelectorAll('.document section a[href^="#/documents/"]')]
    .some((a) => a.textContent.startsWith('d:')), null, { timeout: 10_000 });
  const titles = await page.locator('.document small.evidence a').allInnerTexts();
  for (const ev of await page.locator('.document section li small.muted').allInnerTexts()) {
    assertEnglish(ev, titles, 'a story\'s evidence');
  }
  await nav('reliability');
  await page.waitForSelector('#view table.reliability tbody tr');
  const table = await page.locator('#view table.reliability tbody').innerText();
  assert.doesNotMatch((await page.locator('#view table.reliability tbody td:first-child').allInnerTexts()).join('\n'), /kind:[a-z]|;/, 'reliability rows show kind: codes or raw spelling lists');
  assert.match(table, /Any source of kind/, 'kinds of source not named in English');
  assert.match(table, /an unnamed source cannot be judged/, 'the shipped note is not in English');
  await fitsWidth(page, '13-reliability-english');
  await shoot('13-reliability-english');
  // Back to Arabic for whoever opens the page next in this browser.
  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
});

test('upload: a file read, stored and linked, with its progress shown', step, async () => {
  await nav('upload');
  await page.waitForSelector('#view input[type=file]');
  const file = {
    name: 'upload-test.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('قال المتحدث باسم وزارة الدفاع الأميركية يوم الاثنين 5 يناير 2024 إن القوات الأميركية قتلت 12 عنصرا '
      + 'من تنظيم داعش في شرق سوريا.\n\nوأضاف المتحدث أن الغارات استهدفت مواقع التنظيم قرب دير الزور خلال الأسبوع الماضي.\n'),
  };
  await page.setInputFiles('#view input[type=file]', file);
  await page.click('#view form button[type=submit]');
  await page.waitForSelector('.job[data-state="done"]', { timeout: 45_000 });
  assert.equal(await page.locator('.job progress').evaluate((el) => el.value === el.max), true, 'progress not full when done');
  await fitsWidth(page, '14-upload');
  await shoot('14-upload');
  assert.equal((await get('stats')).documents, 6);
});

test('a narrow screen: no sideways scrolling, the reader panel in view', step, async () => {
  const phone = await ui.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar' });
  try {
    const p = await phone.newPage();
    const seen = await watch(p);
    const routes = ['#/', `#/documents/${encodeURIComponent(target.doc.id)}`, `#/claims/${encodeURIComponent(target.claim.id)}`,
      '#/contradictions', '#/entities', '#/network', '#/timeline', `#/search?q=${encodeURIComponent('ميليشيا')}`];
    for (const route of routes) {
      await p.goto(`${base}${route}`);
      await p.waitForSelector('#view .panel, #view .document, #view .claim-card');
      await fitsWidth(p, `${route} at 390px`);
    }
    await p.goto(`${base}#/documents/${encodeURIComponent(target.doc.id)}`);
    const hl = p.locator('article.reader .hl-entity');
    await hl.nth(Math.floor((await hl.count()) * 0.6)).click();
    const panel = await p.locator('aside.details').boundingBox();
    assert.ok(panel.y >= 0 && panel.y + 20 < 844, `the details panel is at y=${panel.y}, out of view`);
    await screenshot(p, '15-phone-reader');
    await p.goto(base);
    await p.waitForSelector('.dashboard .counts');
    await screenshot(p, '15-phone-dashboard');
    assert.deepEqual(summary(seen), []);
  } finally {
    await phone.close();
  }
});

test('no console errors and no CSP violations on any view', () => {
  assert.deepEqual(summary(ui.problems), []);
});
