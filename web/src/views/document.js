// document.js: the reader. The article's text is shown with its actors,
// times, quantities and claims highlighted from the analysis's code-point
// offsets; every highlight is clickable. The text goes in as text nodes.
import { api } from '../api.js';
import { h } from '../dom.js';
import { pieces } from '../offsets.js';
import { byline, chainPath, claimRow, gradeBadge, section } from './common.js';

export async function documentView(lang, id) {
  const v = await api(`documents/${encodeURIComponent(id)}`);
  const d = v.document;
  const details = h('aside', { class: 'details panel' }, h('p', { class: 'muted' }, lang.t('legend')), legend(lang));
  const body = h('article', { class: 'reader', lang: d.language || 'ar', dir: 'auto' });
  const spans = v.analysis ? highlights(v.analysis, v.claims) : [];
  for (const piece of pieces(d.text, spans)) body.append(renderPiece(lang, piece, details));
  return h('div', { class: 'document' },
    h('header', { class: 'doc-head' },
      h('h1', { dir: 'auto' }, d.title || opening(d.text) || d.id),
      h('div', { class: 'meta' }, byline(lang, d.outlet, d.published),
        d.credits.length ? ` · ${lang.t('credits')}: ${d.credits.join('، ')}` : '',
        d.url ? h('span', {}, ' · ', h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, lang.t('source'))) : null)),
    v.analysis ? null : h('p', { class: 'muted' }, lang.t('noAnalysis')),
    h('div', { class: 'reader-layout' }, body, details),
    v.claims.length ? section(lang.t('claims'), h('ul', { class: 'plain' }, v.claims.map((c) => claimRow(lang, c)))) : null,
    v.stories.length ? storiesSection(lang, d, v.stories) : null,
  );
}

// Story documents named by title: at most namedDocuments are fetched per
// reader (the others keep their ids).
const namedDocuments = 12;

// storiesSection lists the stories the document is part of: the other
// documents and the evidence, where each document's id becomes a link
// named by the document's title (or its opening words) once fetched.
function storiesSection(lang, d, stories) {
  const links = new Map(); // document id → its links
  const link = (id) => {
    const a = h('a', { href: `#/documents/${encodeURIComponent(id)}`, class: 'doc-id', title: id }, id);
    if (!links.has(id)) links.set(id, []);
    links.get(id).push(a);
    return a;
  };
  const list = h('ul', { class: 'plain' }, stories.map((s) =>
    h('li', {}, `${lang.name('storyKinds', s.kind)}: `, s.documents.filter((x) => x !== d.id).map(link), ' ',
      h('small', { class: 'muted evidence', dir: 'auto' }, ...withLinks(s.evidence, s.documents, link)))));
  nameDocuments(d, links);
  return section(lang.t('storiesOf'), list);
}

// withLinks splits text at the ids it names, each id made a link.
function withLinks(text, ids, link) {
  if (!text || ids.length === 0) return [text ?? ''];
  const alts = [...ids].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.split(new RegExp(`(${alts.join('|')})`)).map((part, i) => (i % 2 ? link(part) : part));
}

// nameDocuments replaces the links' ids with the documents' titles; a
// document that cannot be read keeps its id.
async function nameDocuments(d, links) {
  const name = (doc) => {
    const t = (doc.title || '').trim();
    return (t.length > 60 ? `${t.slice(0, 60)}…` : t) || opening(doc.text, 6) || doc.id;
  };
  await Promise.all([...links.keys()].slice(0, namedDocuments).map(async (id) => {
    let doc = d;
    if (id !== d.id) {
      try {
        doc = (await api(`documents/${encodeURIComponent(id)}`)).document;
      } catch {
        return;
      }
    }
    for (const a of links.get(id)) {
      a.textContent = name(doc);
      a.classList.remove('doc-id');
      a.setAttribute('dir', 'auto');
    }
  }));
}

// opening stands in for a missing title: the text's first words.
export function opening(text, words = 12) {
  const all = String(text ?? '').trim().split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

// highlights lists every span to mark, with what it refers to.
function highlights(a, claims) {
  const out = [];
  for (const e of a.entities) {
    for (const m of e.mentions) out.push({ kind: 'entity', start: m.start, end: m.end, ref: e });
  }
  a.times.forEach((t) => out.push({ kind: 'time', start: t.start, end: t.end, ref: t }));
  a.quantities.forEach((q) => out.push({ kind: 'quantity', start: q.start, end: q.end, ref: q }));
  claims.forEach((c) => out.push({ kind: 'claim', start: c.start, end: c.end, ref: c }));
  return out;
}

function renderPiece(lang, piece, details) {
  if (piece.spans.length === 0) return document.createTextNode(piece.text);
  const kinds = [...new Set(piece.spans.map((s) => s.kind))];
  const el = h('span', { class: ['hl', ...kinds.map((k) => `hl-${k}`)].join(' '), tabindex: '0', role: 'button' }, piece.text);
  const open = () => showDetails(lang, details, piece.spans);
  el.addEventListener('click', open);
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      open();
    }
  });
  return el;
}

// showDetails fills the side panel with what the clicked words are part
// of, innermost first.
function showDetails(lang, details, spans) {
  details.replaceChildren(...spans.map((s) => detail(lang, s)));
}

function detail(lang, s) {
  const r = s.ref;
  switch (s.kind) {
    case 'entity':
      return h('div', { class: 'detail hl-entity-box' }, h('small', {}, lang.t('entity'), ` · ${lang.name('entityTypes', r.type)}`), ' ',
        h('a', { href: `#/entities/${encodeURIComponent(r.id)}` }, r.name), r.english ? h('div', { class: 'muted' }, r.english) : null);
    case 'time':
      return h('div', { class: 'detail hl-time-box' }, h('small', {}, lang.t('time')), ' ', r.text,
        h('div', { class: 'muted' }, r.value ?? '?', r.end_value ? ` – ${r.end_value}` : '', r.qualifier ? ` (${lang.name('qualifiers', r.qualifier)})` : ''));
    case 'quantity':
      return h('div', { class: 'detail hl-quantity-box' }, h('small', {}, lang.t('quantity')), ' ', r.text,
        h('div', { class: 'muted' }, r.value ?? `${r.min ?? ''}–${r.max ?? ''}`, r.unit ? ` ${r.unit}` : '', r.approx ? ' ~' : ''));
    default:
      // As the claim card shows it: the chain, completed from other
      // documents where the corpus could, and the grade with its reason.
      return h('div', { class: 'detail hl-claim-box' }, h('small', {}, lang.t('claim')), ' ',
        h('a', { href: `#/claims/${encodeURIComponent(r.id)}` }, r.text), ' ', gradeBadge(lang, r.credibility),
        chainPath(lang, r.outlet, r.chain),
        r.reason ? h('p', { class: 'reason', dir: 'auto' }, `${lang.t('reason')}: ${r.reason}`) : null);
  }
}

function legend(lang) {
  return h('ul', { class: 'legend' }, ['entity', 'time', 'quantity', 'claim'].map((k) =>
    h('li', {}, h('span', { class: `hl hl-${k}` }, lang.t(k)))));
}
