// network.js: the actor network (cytoscape, loaded only when this view
// opens). Labels are drawn on a canvas, never parsed as HTML; clicking an
// edge lists the claims that support it.
import { api } from '../api.js';
import { h } from '../dom.js';
import { onMount } from '../mount.js';
import { empty, section } from './common.js';

export async function networkView(lang, params) {
  const [graph, { default: cytoscape }] = await Promise.all([api('graph', params), import('cytoscape')]);
  if (graph.nodes.length === 0) return section(lang.t('network'), empty(lang));
  const canvas = h('div', { class: 'graph' });
  const evidence = h('aside', { class: 'panel details' }, h('p', { class: 'muted' }, lang.t('graphHint')));
  const root = section(lang.t('network'), h('div', { class: 'graph-layout' }, canvas, evidence));
  // The container must be in the page before cytoscape measures it.
  return onMount(root, () => {
    const cy = cytoscape({
      container: canvas,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, weight: n.events } })),
        ...graph.edges.map((e, i) => ({ data: { id: `edge${i}`, source: e.source, target: e.target, weight: e.weight, edge: e } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-family': 'Noto Naskh Arabic, Amiri, Segoe UI, Tahoma, sans-serif', 'font-size': 12, 'background-color': '#2f6f8f', width: 'mapData(weight, 1, 20, 14, 48)', height: 'mapData(weight, 1, 20, 14, 48)' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#9db4c0', 'curve-style': 'haystack' } },
        { selector: 'edge:selected', style: { 'line-color': '#c0392b' } },
      ],
      layout: { name: graph.nodes.length > 500 ? 'grid' : 'cose', animate: false },
      textureOnViewport: true,
      hideEdgesOnViewport: graph.edges.length > 2000,
    });
    cy.on('tap', 'node', (ev) => { window.location.hash = `#/entities/${encodeURIComponent(ev.target.id())}`; });
    cy.on('tap', 'edge', (ev) => {
      const e = ev.target.data('edge');
      evidence.replaceChildren(h('h3', {}, `${lang.t('evidence')}: ${e.types.join('، ')}`),
        h('ul', { class: 'plain' }, e.claims.map((c) => h('li', {}, h('a', { href: `#/claims/${encodeURIComponent(c)}` }, c)))));
    });
  });
}
