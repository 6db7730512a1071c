// dashboard.js: the corpus at a glance: volume by outlet and by day, top
// actors, what was found, and the latest contradictions.
import { api } from '../api.js';
import { h } from '../dom.js';
import { byline, empty, section } from './common.js';

export async function dashboard(lang) {
  const [stats, contra] = await Promise.all([api('stats'), api('contradictions', { limit: 5 })]);
  const counts = h('ul', { class: 'counts' },
    h('li', {}, h('strong', {}, String(stats.documents)), ' ', lang.t('documents')),
    ...Object.entries({ claims: 'claims', entities: 'entities', contradictions: 'contradictions', stories: 'stories' })
      .map(([key, label]) => h('li', {}, h('strong', {}, String(stats.counts[key] ?? 0)), ' ', lang.t(label))));
  return h('div', { class: 'dashboard' },
    section(lang.t('counts'), counts),
    section(lang.t('byOutlet'), bars(stats.outlets.map((o) => ({ label: o.outlet || lang.t('unknownOutlet'), n: o.documents,
      href: o.outlet ? `#/documents?outlet=${encodeURIComponent(o.outlet)}` : null })), lang)),
    section(lang.t('byDay'), bars(stats.days.map((d) => ({ label: d.day, n: d.documents,
      href: `#/documents?from=${d.day}&to=${d.day}` })), lang)),
    section(lang.t('topActors'), stats.top_actors.length === 0 ? empty(lang) : h('ol', { class: 'actors' },
      stats.top_actors.map((e) => h('li', {}, h('a', { href: `#/entities/${encodeURIComponent(e.id)}` }, e.name),
        h('span', { class: 'muted' }, ` ${e.mentions}`))))),
    wide(section(lang.t('latestContradictions'), contra.items.length === 0 ? empty(lang) :
      h('ul', { class: 'plain' }, contra.items.map((c) => contradictionPair(lang, c))))),
  );
}

// wide lets a panel take two columns of the dashboard's grid: two reports
// side by side do not fit in one.
function wide(panel) {
  panel.classList.add('wide');
  return panel;
}

// bars is a horizontal bar chart made of elements; widths are set through
// the style object, which the content security policy allows.
function bars(rows, lang) {
  if (rows.length === 0) return empty(lang);
  const most = Math.max(...rows.map((r) => r.n));
  return h('ul', { class: 'bars' }, rows.map((r) => {
    const bar = h('span', { class: 'bar' });
    bar.style.width = `${Math.max(2, (100 * r.n) / most)}%`;
    return h('li', {}, r.href ? h('a', { href: r.href, class: 'bar-label' }, r.label) : h('span', { class: 'bar-label' }, r.label),
      h('span', { class: 'bar-track' }, bar), h('span', { class: 'bar-n' }, String(r.n)));
  }));
}

// contradictionPair shows the two reports of a contradiction side by side.
export function contradictionPair(lang, c) {
  return h('li', { class: 'contradiction' },
    h('div', { class: 'meta' }, `${lang.t('attribute')}: ${lang.name('attributes', c.attribute)}`, c.values.length ? ` (${contradictionValues(lang, c).join(' / ')})` : ''),
    h('div', { class: 'side-by-side' }, c.reports.map((r) => h('div', { class: 'report' },
      h('a', { href: `#/claims/${encodeURIComponent(r.id)}`, dir: 'auto' }, r.text),
      h('div', { class: 'meta' }, byline(lang, r.outlet, r.published))))),
    c.reason ? h('p', { class: 'reason', dir: 'auto' }, c.reason) : null);
}

// contradictionValues are the two sides' values of a contradiction; a polarity clash's
// are codes of the analysis (asserted, denied), named in the UI's language,
// the others are words quoted from the reports and stay as written.
export function contradictionValues(lang, c) {
  return c.attribute === 'polarity' ? c.values.map((v) => lang.name('polarities', v)) : c.values;
}
