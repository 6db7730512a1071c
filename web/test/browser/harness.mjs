// harness.mjs starts what the browser tests drive: the isnad binary on a
// fresh temporary store, and Debian's chromium through playwright-core. Every
// wait is bounded, and the server and browser are stopped however a test
// ends, so a hung step fails the run instead of holding CI.
import { spawn, execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// tempDir makes a directory removed by the returned cleanup.
export async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'isnad-browser-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

// isnadBinary is $ISNAD_BIN when set (CI has just built it), else a fresh
// build of ./cmd/isnad into dir.
export async function isnadBinary(dir) {
  if (process.env.ISNAD_BIN) return path.resolve(process.env.ISNAD_BIN);
  const out = path.join(dir, 'isnad');
  await run('go', ['build', '-o', out, './cmd/isnad'], { cwd: repoRoot, timeout: 300_000, env: { ...process.env, CGO_ENABLED: '0' } });
  return out;
}

// isnad runs one CLI command and returns its standard output.
export async function isnad(bin, db, ...args) {
  const { stdout } = await run(bin, ['--db', db, ...args], { cwd: repoRoot, timeout: 120_000, maxBuffer: 16 << 20 });
  return stdout;
}

// serve starts `isnad serve` on a free loopback port and resolves once it
// has said where it listens. stop() kills it (and is safe to call twice).
export function serve(bin, db, { timeoutMs = 20_000, args = [] } = {}) {
  const child = spawn(bin, ['--db', db, 'serve', '--addr', '127.0.0.1:0', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  child.stderr.on('data', (b) => log.push(String(b)));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`isnad serve did not start within ${timeoutMs} ms: ${out}${log.join('')}`));
    }, timeoutMs);
    child.stdout.on('data', (b) => {
      out += String(b);
      const m = out.match(/https?:\/\/127\.0\.0\.1:\d+\//);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], stop, log });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`isnad serve exited (${code ?? signal}): ${out}${log.join('')}`));
    });
  });
}

// The flags keep chromium from reaching for the network (this machine and
// CI have none) and let it run as root in a container.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
  });
}

// watch records what a page must never do: log an error or warning to the
// console, throw, or break the content security policy. The violation
// listener is installed by the browser driver, outside the page's CSP.
// Each problem is labelled with where the page was (location.hash) when it
// happened.
export async function watch(page) {
  const problems = [];
  const where = () => {
    try {
      return new URL(page.url()).hash || '#/';
    } catch {
      return page.url();
    }
  };
  const add = (what) => problems.push(`${where()}: ${what}`);
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') add(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('response', (resp) => {
    if (resp.status() >= 400) add(`HTTP ${resp.status()} for ${resp.url()}`);
  });
  page.on('pageerror', (err) => add(`page error: ${err.message}`));
  page.on('dialog', (d) => {
    add(`dialog ${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.exposeFunction('__isnadTestViolation', (v) => add(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__isnadTestViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`);
    });
  });
  return problems;
}

// summary counts repeated problems, so that one failing view does not bury
// the others in the report.
export function summary(problems) {
  const counts = new Map();
  for (const p of problems) {
    const key = p.replace(/sha256-[A-Za-z0-9+\/=]+/g, 'sha256-…');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return [...counts].map(([p, n]) => (n > 1 ? `${n}× ${p}` : p));
}

// session is what a test file drives: isnad serving a fresh store with
// inputs ingested, and one chromium page watched for problems. close()
// stops everything and removes the store. With roles, the server requires
// access tokens (as a shared one does) and s.tokens holds one of each role
// named.
export async function session(inputs, { viewport = { width: 1280, height: 900 }, roles = [] } = {}) {
  const tmp = await tempDir();
  const s = { tmp, problems: [] };
  s.close = async () => {
    await s.browser?.close().catch(() => {});
    s.server?.stop();
    await tmp.cleanup();
  };
  try {
    const bin = await isnadBinary(tmp.dir);
    const db = path.join(tmp.dir, 'store.db');
    for (const input of inputs) await isnad(bin, db, 'ingest', input);
    s.tokens = {};
    for (const role of roles) s.tokens[role] = (await isnad(bin, db, 'token', 'create', '--role', role, '--name', `browser ${role}`)).trim();
    s.server = await serve(bin, db, { args: roles.length ? ['--require-tokens'] : [] });
    s.base = s.server.url;
    s.browser = await launch();
    s.context = await s.browser.newContext({ viewport, locale: 'ar' });
    s.context.setDefaultTimeout(15_000);
    s.page = await s.context.newPage();
    s.problems = await watch(s.page);
  } catch (err) {
    await s.close();
    throw err;
  }
  return s;
}

// getJSON reads the API directly, to choose what the UI is then asked to show.
export async function getJSON(base, p) {
  const resp = await fetch(new URL(`api/${p}`, base), { signal: AbortSignal.timeout(10_000) });
  if (resp.status !== 200) throw new Error(`GET /api/${p}: ${resp.status}`);
  return resp.json();
}

// screenshot saves the whole page when it is short enough to be read in
// one picture, else what the window shows (a long article's first screen).
export async function screenshot(page, name) {
  const dir = path.resolve(process.env.SCREENSHOTS || path.join(repoRoot, 'artifacts/screenshots'));
  await mkdir(dir, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: height <= 2400 });
}
