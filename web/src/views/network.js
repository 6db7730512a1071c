// network.js: the actor network (cytoscape, loaded only when this view
// opens). Labels are drawn on a canvas, never parsed as HTML; clicking an
// edge lists the claims that support it.
//
// Large networks stay interactive: the server sends the actors of most
// events first (?limit=, 500 unless asked) with their places already laid
// out, so cytoscape only draws (a preset layout, no force simulation in the
// page); labels too small to read are not drawn, and while the view pans or
// zooms cytoscape moves a snapshot of the canvas and leaves edges and labels
// out. The time from the data's arrival to the first frame is recorded as
// the performance measure "isnad:network".
import { api } from '../api.js';
import { h } from '../dom.js';
import { onMount } from '../mount.js';
import { empty, section } from './common.js';

const sizes = [500, 1000, 2000];

export async function networkView(lang, params) {
  const query = { limit: sizes[0], ...params };
  const [graph, { default: cytoscape }] = await Promise.all([api('graph', query), import('cytoscape')]);
  if (graph.nodes.length === 0) return section(lang.t('network'), empty(lang));
  const canvas = h('div', { class: 'graph' });
  const evidence = h('aside', { class: 'panel details' }, h('p', { class: 'muted' }, lang.t('graphHint')));
  const root = section(lang.t('network'), h('div', { class: 'graph-sizes muted' },
    `${graph.nodes.length} / ${graph.total_nodes} `,
    ...sizes.map((n) => {
      const href = `#/network?${new URLSearchParams({ ...params, limit: String(n) })}`;
      return String(n) === String(query.limit) ? h('strong', {}, ` ${n} `) : h('a', { href }, ` ${n} `);
    })), h('div', { class: 'graph-layout' }, canvas, evidence));
  // The container must be in the page before cytoscape measures it.
  return onMount(root, () => {
    performance.mark('isnad:network:start');
    const large = graph.nodes.length > 500;
    const placed = 'x' in graph.nodes[0];
    const cy = cytoscape({
      container: canvas,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, weight: n.events }, position: { x: n.x ?? 0, y: n.y ?? 0 } })),
        // The edge's claims stay in graph.edges; cytoscape copies data.
        ...graph.edges.map((e, i) => ({ data: { id: `edge${i}`, source: e.source, target: e.target, weight: e.weight, i } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-family': 'Noto Naskh Arabic, Amiri, Segoe UI, Tahoma, sans-serif', 'font-size': 12, 'min-zoomed-font-size': 8, 'background-color': '#2f6f8f', width: 'mapData(weight, 1, 20, 14, 48)', height: 'mapData(weight, 1, 20, 14, 48)' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#9db4c0', 'curve-style': 'haystack' } },
        { selector: 'edge:selected', style: { 'line-color': '#c0392b' } },
      ],
      // Places from the server (the view is fitted to them below); a server
      // without them falls back on cose.
      layout: placed ? { name: 'preset', fit: false } : { name: large ? 'grid' : 'cose', animate: false },
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
    });
    if (placed) fitPlaces(cy, graph.nodes, canvas);
    cy.one('render', () => requestAnimationFrame(() => performance.measure('isnad:network', 'isnad:network:start')));
    cy.on('tap', 'node', (ev) => { window.location.hash = `#/entities/${encodeURIComponent(ev.target.id())}`; });
    cy.on('tap', 'edge', (ev) => {
      const e = graph.edges[ev.target.data('i')];
      evidence.replaceChildren(h('h3', {}, `${lang.t('evidence')}: ${e.types.join('، ')}`),
        h('ul', { class: 'plain' }, e.claims.map((c) => h('li', {}, h('a', { href: `#/claims/${encodeURIComponent(c)}` }, c)))));
    });
  });
}

// fitPlaces fits the view to the nodes' places from their coordinates alone:
// cytoscape's own fit measures every label first, which for 2,000 Arabic
// labels costs more than drawing them.
function fitPlaces(cy, nodes, canvas) {
  const pad = 40;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
  }
  const w = canvas.clientWidth || 800;
  const h = canvas.clientHeight || 600;
  const zoom = Math.min(2, (w - 2 * pad) / Math.max(1, x1 - x0), (h - 2 * pad) / Math.max(1, y1 - y0));
  cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x0 + x1) / 2, y: h / 2 - zoom * (y0 + y1) / 2 } });
}
