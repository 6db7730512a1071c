// dom.js builds elements. Every piece of text, article text above all, goes
// in as a text node: nothing here ever parses a string as HTML.

// h makes an element: attributes (class, on<event> handlers, plain
// attributes) and children (nodes, or strings that become text nodes).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'href') el.setAttribute('href', safeHref(value));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// safeHref lets through the UI's own routes and web addresses only: a URL
// taken from an article could otherwise be javascript:.
export function safeHref(url) {
  const s = String(url);
  if (s.startsWith('#')) return s;
  try {
    const u = new URL(s, window.location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // not a URL
  }
  return '#';
}

// replace empties a container and fills it with children.
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}
