// roles.browser.mjs drives the UI of a server that requires access tokens
// (isnad serve --require-tokens, as a shared server does): the token prompt
// comes first; a reader's token shows the corpus but neither the upload
// view nor the reliability table's edit controls; an analyst's shows both.
// The server refuses what the role does not allow either way; this checks
// the UI does not offer it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { screenshot, session, summary } from './harness.mjs';

const step = { timeout: 60_000 };

let ui;
let page;

before(async () => {
  ui = await session(['testdata/seeds'], { roles: ['reader', 'analyst'] });
  ({ page } = ui);
}, { timeout: 360_000 });

after(() => ui?.close());

// useToken types a token into the prompt the server's 401 brought up.
async function useToken(token) {
  await page.locator('form.token-form input[type=password]').fill(token);
  await page.locator('form.token-form button[type=submit]').click();
}

async function navTargets() {
  return page.locator('#nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

test('without a token: the prompt, and no upload offered', step, async () => {
  await page.goto(ui.base);
  await page.locator('form.token-form').waitFor();
  assert.ok(!(await navTargets()).includes('#/upload'), 'the upload view is offered before anyone logged in');
  await screenshot(page, 'roles-token-prompt');
});

test('a reader: the corpus, the reliability table read only, no upload', step, async () => {
  await useToken(ui.tokens.reader);
  await page.locator('.stats, .dashboard').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#nav a').length > 0);
  assert.ok(!(await navTargets()).includes('#/upload'), `a reader is offered uploads: ${await navTargets()}`);
  await page.click('#nav a[href="#/reliability"]');
  await page.locator('table.reliability tbody tr').first().waitFor();
  assert.equal(await page.locator('table.reliability select, table.reliability button, form.add-source').count(), 0,
    'a reader is given the controls that change reliability letters');
  await page.locator('.role-needed').waitFor();
  await screenshot(page, 'roles-reader-reliability');
  await page.goto(`${ui.base}#/upload`);
  await page.locator('.role-needed').waitFor();
  assert.equal(await page.locator('form.upload-form').count(), 0, 'a reader who opens #/upload is given the upload form');
});

test('an analyst: upload and the reliability edit controls', step, async () => {
  await page.goto(`${ui.base}#/token`);
  await useToken(ui.tokens.analyst);
  await page.waitForFunction(() => document.querySelector('#nav a[href="#/upload"]') !== null);
  await page.click('#nav a[href="#/reliability"]');
  await page.locator('table.reliability tbody tr select').first().waitFor();
  assert.ok(await page.locator('form.add-source').count() === 1, 'an analyst cannot add a source');
  await page.click('#nav a[href="#/upload"]');
  await page.locator('form.upload-form').waitFor();
  await screenshot(page, 'roles-analyst-upload');
});

test('no console errors and no CSP violations', () => {
  // The first page load is refused (401) until a token is given: that one
  // answer is expected; anything else is a problem.
  const unexpected = ui.problems.filter((p) => !/HTTP 401 /.test(p) && !/status of 401/.test(p));
  assert.deepEqual(summary(unexpected), []);
});
