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
//
// Small networks (fewer than smallGraph actors) are instead spread by
// cytoscape's cose from the server's places: the server's layout is made
// for thousands of actors and piles a few dozen into the centre, where
// their labels overlap; cose, counting the labels as part of each node,
// takes a few milliseconds at that size.
import { api } from '../api.js';
import { h } from '../dom.js';
import { onMount } from '../mount.js';
import { byline, empty, section } from './common.js';

const sizes = [500, 1000, 2000];
const smallGraph = 100;
// An edge's panel shows the text of its first shownClaims claims, fetched
// when the edge is clicked (the graph carries only their ids).
const shownClaims = 8;

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
    const small = graph.nodes.length < smallGraph;
    const placed = 'x' in graph.nodes[0];
    const cy = cytoscape({
      container: canvas,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label, weight: n.events }, position: { x: n.x ?? 0, y: n.y ?? 0 } })),
        // The edge's claims stay in graph.edges; cytoscape copies data.
        ...graph.edges.map((e, i) => ({ data: { id: `edge${i}`, source: e.source, target: e.target, weight: e.weight, i } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-family': 'Noto Naskh Arabic, Amiri, Segoe UI, Tahoma, sans-serif', 'font-size': small ? 17 : 12, 'min-zoomed-font-size': 8, 'background-color': '#2f6f8f', width: 'mapData(weight, 1, 20, 14, 48)', height: 'mapData(weight, 1, 20, 14, 48)' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#9db4c0', 'curve-style': 'haystack' } },
        { selector: 'edge:selected', style: { 'line-color': '#c0392b' } },
      ],
      // Places from the server (the view is fitted to them below); a server
      // without them falls back on cose.
      layout: small ? spread(placed) : placed ? { name: 'preset', fit: false } : { name: large ? 'grid' : 'cose', animate: false },
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
    });
    if (placed && !small) fitPlaces(cy, graph.nodes, canvas);
    if (small) fitSpread(cy, canvas);
    cy.one('render', () => requestAnimationFrame(() => performance.measure('isnad:network', 'isnad:network:start')));
    cy.on('tap', 'node', (ev) => { window.location.hash = `#/entities/${encodeURIComponent(ev.target.id())}`; });
    let shown = 0; // the edge whose evidence the panel shows (a later click wins)
    cy.on('tap', 'edge', async (ev) => {
      const i = ev.target.data('i');
      shown = i;
      const panel = await edgeEvidence(lang, graph.edges[i]);
      if (shown === i) evidence.replaceChildren(...panel);
    });
  });
}

// edgeEvidence is an edge's panel: its kinds of event in the UI's language
// and the claims that support it, each by its (shortened) text linking to
// its claim card; claims past shownClaims, or whose card cannot be read,
// are listed by id.
async function edgeEvidence(lang, e) {
  const cards = await Promise.all(e.claims.slice(0, shownClaims).map((id) =>
    api(`claims/${encodeURIComponent(id)}`).catch(() => null)));
  const item = (id, card) => {
    const href = `#/claims/${encodeURIComponent(id)}`;
    if (!card) return h('li', {}, h('a', { href, class: 'claim-id' }, id));
    return h('li', {}, h('a', { href, dir: 'auto', title: card.claim.text }, shorten(card.claim.text, 140)),
      h('div', { class: 'meta' }, byline(lang, card.claim.outlet, card.claim.published)));
  };
  return [
    h('h3', {}, `${lang.t('evidence')}: ${e.types.map((t) => lang.name('eventTypes', t)).join(lang.t('listJoin'))}`),
    h('ul', { class: 'plain edge-claims' }, e.claims.map((id, k) => item(id, cards[k]))),
  ];
}

// shorten cuts text to about n characters at a word boundary.
function shorten(text, n) {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return `${space > n / 2 ? cut.slice(0, space) : cut}…`;
}

// fitSpread fits a spread network to the canvas: cose knows nothing of the
// canvas's shape and lays a network out about as tall as wide, so the
// places are squeezed upright (labels are wide and short, so the upright
// direction has room to spare) to the canvas's proportions, at most to
// 0.75, before the view is fitted; a network of a few actors is not blown
// up past 1.5 times.
function fitSpread(cy, canvas) {
  const w = canvas.clientWidth || 800;
  const h = canvas.clientHeight || 600;
  const b = cy.nodes().boundingBox({ includeLabels: false });
  const squeeze = b.h > 0 ? Math.min(1, Math.max(0.75, (h / w) * (b.w / b.h))) : 1;
  const mid = (b.y1 + b.y2) / 2;
  if (squeeze < 1) cy.nodes().positions((n) => ({ x: n.position('x'), y: mid + (n.position('y') - mid) * squeeze }));
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: w / 2, y: h / 2 } });
}

// spread is the layout of a small network: cose started from the server's
// places (when it sent them), with room for each label.
function spread(placed) {
  return {
    name: 'cose', animate: false, randomize: !placed, fit: true, padding: 30,
    nodeDimensionsIncludeLabels: true,
  };
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
