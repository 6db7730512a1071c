// claim.js: the claim card: the claim, its chain drawn from outlet to
// origin, its grade and reason, the group's other reports, and the
// contradictions it is part of.
import { api } from '../api.js';
import { h } from '../dom.js';
import { byline, chainPath, claimRow, gradeBadge, section } from './common.js';
import { contradictionPair } from './dashboard.js';

export async function claimView(lang, id) {
  const card = await api(`claims/${encodeURIComponent(id)}`);
  const c = card.claim;
  const g = card.group;
  return h('div', { class: 'claim-card' },
    h('blockquote', { class: 'claim-quote', dir: 'auto' }, c.text),
    h('div', { class: 'meta' }, byline(lang, c.outlet, c.published), ' · ',
      h('a', { href: `#/documents/${encodeURIComponent(c.doc)}` }, lang.t('openDocument')),
      c.polarity === 'denied' ? h('span', { class: 'tag' }, lang.t('denied')) : null,
      c.hedges.length ? h('span', { class: 'tag' }, `${lang.t('hedges')}: ${c.hedges.join('، ')}`) : null),
    section(lang.t('chain'), chainPath(lang, c.outlet, c.chain)),
    g ? section(lang.t('grade'),
      h('p', {}, gradeBadge(lang, g.credibility), ' ', h('strong', {}, String(g.independent_origins)), ` ${lang.t('independentOrigins')}`,
        g.origins.length ? h('span', { class: 'muted' }, `: ${g.origins.map((o) => lang.name('originNames', o)).join(lang.t('listJoin'))}`) : null),
      g.reason ? h('p', { class: 'reason', dir: 'auto' }, `${lang.t('reason')}: ${g.reason}`) : null) : null,
    card.others.length ? section(lang.t('otherReports'), h('ul', { class: 'plain' }, card.others.map((o) => {
      const row = claimRow(lang, o);
      row.append(chainPath(lang, o.outlet, o.chain));
      return row;
    }))) : null,
    card.contradictions.length ? section(lang.t('contradictions'), h('ul', { class: 'plain' },
      card.contradictions.map((x) => contradictionPair(lang, x)))) : null,
  );
}
