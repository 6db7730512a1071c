// timeline.js: events and claims at their resolved times (vis-timeline,
// loaded only when this view opens). Each item's content is an element
// built with text nodes, so vis-timeline never parses article text as HTML.
// The "peer" builds are used: the standalone build injects its stylesheet
// as <style> elements, which the content security policy (style-src
// 'self') refuses; its CSS comes in app.css instead.
import { api } from '../api.js';
import { h } from '../dom.js';
import { onMount } from '../mount.js';
import { empty, section } from './common.js';

export async function timelineView(lang, params) {
  const [page, { Timeline }, { DataSet }] = await Promise.all([api('timeline', { ...params, limit: 500 }),
    import('vis-timeline/peer'), import('vis-data/peer')]);
  if (page.items.length === 0) return section(lang.t('timeline'), empty(lang));
  const box = h('div', { class: 'timeline' });
  const items = page.items.map((it, i) => ({
    id: i,
    start: it.start,
    end: it.end || undefined,
    content: h('span', { class: `tl-${it.kind}`, dir: 'auto' }, it.kind === 'event' ? [it.label, it.outlet].filter(Boolean).join(' · ') : shorten(it.label)),
  }));
  const root = section(lang.t('timeline'), box);
  return onMount(root, () => {
    const tl = new Timeline(box, new DataSet(items), { rtl: lang.code === 'ar', stack: true, maxHeight: 600, xss: { disabled: false } });
    tl.on('select', ({ items: chosen }) => {
      const it = page.items[chosen[0]];
      if (it) window.location.hash = `#/claims/${encodeURIComponent(it.claim)}`;
    });
  });
}

function shorten(s) {
  const chars = Array.from(s);
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : s;
}
