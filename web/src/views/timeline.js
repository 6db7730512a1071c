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
  const items = [];
  page.items.forEach((it, i) => {
    const start = timelineDate(it.start);
    if (!start) return;
    const end = timelineDate(it.end);
    const label = it.kind === 'event' ? [lang.name('eventTypes', it.label), it.outlet].filter(Boolean).join(' · ') : shorten(it.label);
    items.push({
      id: i,
      start,
      end: end && end > start ? end : undefined,
      content: h('span', { class: `tl-${it.kind}`, dir: 'auto' }, label),
    });
  });
  if (items.length === 0) return section(lang.t('timeline'), empty(lang));
  const root = section(lang.t('timeline'), box);
  return onMount(root, () => {
    const tl = new Timeline(box, new DataSet(items), {
      rtl: lang.code === 'ar',
      stack: true,
      maxHeight: 600,
      // The axis on top, items stacked below it: the first rows are in
      // view when the view opens.
      orientation: { axis: 'top', item: 'top' },
      xss: { disabled: false },
    });
    tl.on('select', ({ items: chosen }) => {
      const it = page.items[chosen[0]];
      if (it) window.location.hash = `#/claims/${encodeURIComponent(it.claim)}`;
    });
  });
}

// timelineDate reads an analysis time value ("YYYY", "YYYY-MM" or
// "YYYY-MM-DD") as the first day it covers; null for anything else.
// vis-timeline would read a bare year such as "2011" as milliseconds since
// 1970.
export function timelineDate(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
}

function shorten(s) {
  const chars = Array.from(s);
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : s;
}
