// app.js starts isnad's web UI: a hash router (#/view/id?params) over the
// views, the language toggle and the search box.
import { h, replace } from './dom.js';
import { Language } from './i18n.js';
import { claimView } from './views/claim.js';
import { dashboard } from './views/dashboard.js';
import { documentView } from './views/document.js';
import { claimsView, contradictionsView, documentsView, entitiesView, entityView, searchView } from './views/lists.js';
import { loading } from './views/common.js';
import { reliabilityView } from './views/reliability.js';
import { tokenPrompt } from './views/token.js';
import { uploadView } from './views/upload.js';
import { mounted } from './mount.js';
import { may, whoami } from './session.js';

const lang = new Language();

// routes maps the first part of the hash to a view; views get the language,
// the id (second part) and the query parameters.
const routes = {
  '': (id, params) => dashboard(lang, params),
  documents: (id, params) => (id ? documentView(lang, id) : documentsView(lang, params)),
  claims: (id, params) => (id ? claimView(lang, id) : claimsView(lang, params)),
  contradictions: (id, params) => contradictionsView(lang, params),
  entities: (id, params) => (id ? entityView(lang, id) : entitiesView(lang, params)),
  search: (id, params) => searchView(lang, params),
  network: async (id, params) => (await import('./views/network.js')).networkView(lang, params),
  timeline: async (id, params) => (await import('./views/timeline.js')).timelineView(lang, params),
  upload: () => uploadView(lang),
  reliability: () => reliabilityView(lang),
  token: () => tokenPrompt(lang, '', () => { window.location.hash = '#/'; }),
};

const navItems = ['dashboard', 'documents', 'claims', 'contradictions', 'entities', 'network', 'timeline', 'upload', 'reliability'];

// needs is the least role a view is any use to; the others every reader may
// open (the reliability table is shown to readers without its edit controls).
const needs = { upload: 'analyst' };

function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const [view = '', ...rest] = path.split('/');
  const params = Object.fromEntries(new URLSearchParams(query));
  return { view, id: rest.length ? decodeURIComponent(rest.join('/')) : '', params };
}

let renderSeq = 0;

async function render() {
  const seq = ++renderSeq;
  const main = document.getElementById('view');
  const { view, id, params } = parseHash();
  const route = routes[view] ?? routes[''];
  replace(main, loading(lang));
  nav(); // the token may have changed since the last view
  try {
    const el = await route(id, params);
    if (seq === renderSeq) {
      replace(main, el);
      mounted(el);
    }
  } catch (err) {
    // A shared server asks for an access token: prompt, then try again.
    if (seq === renderSeq && err.status === 401) replace(main, tokenPrompt(lang, err.message, render));
    else if (seq === renderSeq) replace(main, h('p', { class: 'error', role: 'alert' }, `${lang.t('error')}: ${err.message}`));
  }
  if (seq === renderSeq && params.q !== undefined) document.getElementById('search-input').value = params.q;
}

// nav lists the views this user may use. Those that need a role appear
// once the server has said who we are and that the role allows them.
function drawNav(me) {
  replace(document.getElementById('nav'), navItems
    .filter((key) => !needs[key] || (me && may(me, needs[key])))
    .map((key) => h('a', { href: key === 'dashboard' ? '#/' : `#/${key}` }, lang.t(key))));
}

// navRole is the role the nav was last drawn for: redrawing only when it
// changes keeps the keyboard focus on the link just followed.
let navRole;

async function nav() {
  try {
    const me = await whoami();
    if (me.role !== navRole) {
      navRole = me.role;
      drawNav(me);
    }
  } catch {
    // the server did not answer: the views will say so
  }
}

function chrome() {
  lang.apply();
  document.title = lang.t('brand');
  document.querySelector('.brand').textContent = lang.t('brand');
  drawNav(null);
  navRole = undefined;
  nav();
  const input = document.getElementById('search-input');
  input.placeholder = lang.t('searchPlaceholder');
  input.setAttribute('aria-label', lang.t('search'));
  document.getElementById('lang-toggle').textContent = lang.t('otherLanguage');
}

function start() {
  chrome();
  document.getElementById('lang-toggle').addEventListener('click', () => {
    lang.toggle();
    chrome();
    render();
  });
  document.getElementById('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    if (q) window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
  });
  window.addEventListener('hashchange', render);
  render();
}

start();
