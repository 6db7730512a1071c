// common.js: the small pieces several views share.
import { h } from '../dom.js';

export function loading(lang) {
  return h('p', { class: 'muted' }, lang.t('loading'));
}

export function empty(lang) {
  return h('p', { class: 'muted' }, lang.t('nothing'));
}

export function gradeBadge(lang, grade) {
  if (!grade) return null;
  return h('span', { class: `grade grade-${grade}`, title: lang.grade(grade) }, `${grade} · ${lang.grade(grade)}`);
}

// byline is a claim's or document's outlet and date.
export function byline(lang, outlet, published) {
  return h('span', { class: 'byline' }, outlet || lang.t('unknownOutlet'), published ? ` · ${published}` : '');
}

// chainPath draws a claim's chain as a path from the publishing outlet,
// through each source, to the origin (the chain's last link). Links the
// chain inherited from another document's chain (chain completion) are
// marked, with a link to that document.
export function chainPath(lang, outlet, chain) {
  const path = h('ol', { class: 'chain' });
  path.append(h('li', { class: 'chain-outlet' }, outlet || lang.t('unknownOutlet')));
  if (!chain || chain.length === 0) {
    path.append(h('li', { class: 'chain-arrow', 'aria-hidden': 'true' }, lang.t('arrow')));
    path.append(h('li', { class: 'chain-own' }, lang.t('ownVoice')));
    return path;
  }
  chain.forEach((link, i) => {
    path.append(h('li', { class: 'chain-arrow', 'aria-hidden': 'true' }, lang.t('arrow')));
    const last = i === chain.length - 1;
    const name = link.entity ? h('a', { href: `#/entities/${encodeURIComponent(link.entity)}` }, link.name) : h('span', {}, link.name);
    const classes = ['chain-link', last ? 'chain-origin' : '', link.inherited_from ? 'chain-inherited' : ''].filter(Boolean).join(' ');
    path.append(h('li', { class: classes },
      name,
      link.role || link.org ? h('small', {}, ` (${[link.role, link.org].filter(Boolean).join(' ')})`) : null,
      link.kind ? h('small', { class: 'kind' }, lang.name('sourceKinds', link.kind)) : null,
      last ? h('small', { class: 'origin-tag' }, lang.t('origin')) : null,
      link.inherited_from ? h('small', { class: 'inherited-tag' }, `${lang.t('inheritedFrom')} `,
        h('a', { href: `#/documents/${encodeURIComponent(link.inherited_from)}`, class: 'doc-id' }, link.inherited_from)) : null));
  });
  return path;
}

// claimRow is a claim in a list: its text, outlet, grade; it opens the card.
export function claimRow(lang, c) {
  return h('li', { class: 'claim-row' },
    h('a', { href: `#/claims/${encodeURIComponent(c.id)}`, class: 'claim-text', dir: 'auto' }, c.text),
    h('div', { class: 'meta' }, byline(lang, c.outlet, c.published), ' ', gradeBadge(lang, c.credibility),
      c.polarity === 'denied' ? h('span', { class: 'tag' }, lang.t('denied')) : null));
}

// pager moves through a listing by offset.
export function pager(lang, page, go) {
  const { offset, limit, total } = page;
  const nav = h('div', { class: 'pager' });
  if (offset > 0) nav.append(h('button', { type: 'button', onclick: () => go(Math.max(0, offset - limit)) }, lang.t('previous')));
  const shown = page.items.length;
  if (total >= 0) nav.append(h('span', { class: 'muted' }, ` ${offset + (shown ? 1 : 0)}–${offset + shown} ${lang.t('of')} ${total} `));
  if ((total >= 0 && offset + shown < total) || (total < 0 && shown === limit)) {
    nav.append(h('button', { type: 'button', onclick: () => go(offset + limit) }, lang.t('next')));
  }
  return nav;
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...children);
}
