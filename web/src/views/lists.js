// lists.js: the paged listings: documents, claims, contradictions, actors,
// one actor, and search results.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { byline, claimRow, empty, pager, section } from './common.js';
import { contradictionPair } from './dashboard.js';

// paged renders a listing page by page inside one container.
async function paged(lang, path, params, renderItems) {
  const box = h('div', { class: 'listing' });
  const show = async (offset) => {
    const page = await api(path, { ...params, offset });
    replace(box, page.items.length === 0 ? empty(lang) : renderItems(page.items), pager(lang, page, show));
  };
  await show(Number(params.offset) || 0);
  return box;
}

export async function documentsView(lang, params) {
  return section(lang.t('documents'), await paged(lang, 'documents', params, (items) =>
    h('ul', { class: 'plain' }, items.map((d) => h('li', {},
      h('a', { href: `#/documents/${encodeURIComponent(d.id)}`, dir: 'auto' }, d.title || fileName(d.source) || d.id),
      h('div', { class: 'meta' }, byline(lang, d.outlet, d.published)))))));
}

// fileName names an untitled document by the file it was read from.
function fileName(source) {
  return source ? String(source).split(/[\\/]/).pop() : '';
}

export async function claimsView(lang, params) {
  const select = h('select', { onchange: () => { window.location.hash = select.value ? `#/claims?grade=${select.value}` : '#/claims'; } },
    h('option', { value: '' }, lang.t('allGrades')),
    [1, 2, 3, 4, 5, 6].map((g) => h('option', { value: String(g), selected: String(g) === params.grade }, `${g} · ${lang.grade(g)}`)));
  return section(lang.t('claims'), select, await paged(lang, 'claims', params, (items) =>
    h('ul', { class: 'plain' }, items.map((c) => claimRow(lang, c)))));
}

export async function contradictionsView(lang, params) {
  return section(lang.t('contradictions'), await paged(lang, 'contradictions', params, (items) =>
    h('ul', { class: 'plain' }, items.map((c) => contradictionPair(lang, c)))));
}

export async function entitiesView(lang, params) {
  return section(lang.t('entities'), await paged(lang, 'entities', params, (items) =>
    h('ol', { class: 'actors' }, items.map((e) => h('li', {},
      h('a', { href: `#/entities/${encodeURIComponent(e.id)}` }, e.name), ' ',
      h('small', { class: 'muted' }, `${entityKind(lang, e)} · ${e.mentions}`))))));
}

export async function entityView(lang, id) {
  const v = await api(`entities/${encodeURIComponent(id)}`, { limit: 50 });
  const e = v.entity;
  return h('div', { class: 'entity' },
    h('h1', {}, e.name, e.english ? h('small', { class: 'muted' }, ` · ${e.english}`) : null),
    h('div', { class: 'meta' }, `${entityKind(lang, e)} · ${e.mentions} ${lang.t('mentions')} · ${e.documents} ${lang.t('documents')}`),
    e.aliases.length ? h('p', {}, `${lang.t('aliases')}: ${e.aliases.join('، ')}`) : null,
    h('p', {}, h('a', { href: `#/network?actor=${encodeURIComponent(e.id)}` }, lang.t('network')), ' · ',
      h('a', { href: `#/timeline?actor=${encodeURIComponent(e.id)}` }, lang.t('timeline'))),
    section(lang.t('claims'), v.claims.claims.length === 0 ? empty(lang) : h('ul', { class: 'plain' },
      v.claims.claims.map((c) => claimRow(lang, c)))),
    section(lang.t('mentions'), v.mentions.mentions.length === 0 ? empty(lang) : h('ul', { class: 'plain' },
      v.mentions.mentions.map((m) => h('li', {}, h('a', { href: `#/documents/${encodeURIComponent(m.doc)}` }, m.text), ' ',
        byline(lang, m.outlet, m.published))))),
  );
}

// entityKind names an actor's type and, when known, its kind.
function entityKind(lang, e) {
  const type = lang.name('entityTypes', e.type);
  return e.kind ? `${type} · ${lang.name('entityKinds', e.kind)}` : type;
}

// searchView lists hits with their snippets; matched words are marked with
// <mark> elements built from the snippet's code-point marks.
export async function searchView(lang, params) {
  if (!params.q) return empty(lang);
  return section(`${lang.t('search')}: ${params.q}`, await paged(lang, 'search', params, (items) =>
    h('ul', { class: 'plain' }, items.map((hit) => h('li', {},
      h('a', { href: `#/documents/${encodeURIComponent(hit.id)}`, dir: 'auto' }, hit.title || h('span', { class: 'doc-id' }, hit.id)),
      h('div', { class: 'meta' }, byline(lang, hit.outlet, hit.published)),
      snippet(hit.snippet))))));
}

function snippet(s) {
  const chars = Array.from(s.text);
  const out = h('p', { class: 'snippet', dir: 'auto' }, s.cut_before ? '… ' : '');
  let at = 0;
  for (const m of s.marks) {
    out.append(chars.slice(at, m.start).join(''), h('mark', {}, chars.slice(m.start, m.end).join('')));
    at = m.end;
  }
  out.append(chars.slice(at).join(''), s.cut_after ? ' …' : '');
  return out;
}
