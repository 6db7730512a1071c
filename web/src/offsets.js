// offsets.js maps the API's offsets, which count Unicode code points, to
// the UTF-16 offsets of JavaScript strings, and cuts a text into pieces at
// every span boundary so that overlapping highlights can all be shown.

// codePointOffsets returns, for each code point offset i of text (and its
// end), the UTF-16 offset where it begins.
export function codePointOffsets(text) {
  const out = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    out.push(u);
  }
  return out;
}

// pieces cuts text at every start and end of spans ({start, end} in code
// points; out-of-range spans are clipped, empty ones dropped). Each piece is
// {text, spans}: the spans covering it, shortest first, so the innermost
// highlight (an entity inside a claim) is the one a click opens.
export function pieces(text, spans) {
  const idx = codePointOffsets(text);
  const n = idx.length - 1;
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    const covering = valid
      .filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => x.end - x.start - (y.end - y.start));
    out.push({ text: text.slice(idx[a], idx[b]), start: a, end: b, spans: covering });
  }
  return out;
}
