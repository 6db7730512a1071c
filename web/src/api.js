// api.js fetches from isnad's JSON API; an error answer becomes an Error
// with the server's message.

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  const qs = query.toString();
  const resp = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await resp.json();
  } catch {
    throw new Error(`${resp.status} ${resp.statusText}`);
  }
  if (!resp.ok) throw new Error(body && body.error ? body.error : `${resp.status}`);
  return body;
}
