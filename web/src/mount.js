// mount.js lets a view run code once its element is in the page: the
// network and timeline libraries measure their container when they start.

const pending = new WeakMap();

// onMount registers fn to run when el has been put in the page.
export function onMount(el, fn) {
  pending.set(el, fn);
  return el;
}

// mounted runs (once) what was registered for el.
export function mounted(el) {
  const fn = pending.get(el);
  if (fn) {
    pending.delete(el);
    fn();
  }
}
