// api.js fetches from isnad's JSON API; an error answer becomes an Error
// with the server's message and status. When the server is shared (not on
// loopback) every request carries the access token the user typed in,
// kept for this browser tab only (sessionStorage).

const tokenKey = 'isnad.token';

export function getToken() {
  try {
    return window.sessionStorage.getItem(tokenKey) || '';
  } catch {
    return '';
  }
}

export function setToken(token) {
  try {
    if (token) window.sessionStorage.setItem(tokenKey, token);
    else window.sessionStorage.removeItem(tokenKey);
  } catch {
    // storage refused (private mode): the token lasts until the page reloads
  }
}

function headers(extra = {}) {
  const out = { Accept: 'application/json', ...extra };
  const token = getToken();
  if (token) out.Authorization = `Bearer ${token}`;
  return out;
}

// answer reads a JSON answer, or throws an Error with .status.
async function answer(resp) {
  let body;
  try {
    body = await resp.json();
  } catch {
    const err = new Error(`${resp.status} ${resp.statusText}`);
    err.status = resp.status;
    throw err;
  }
  if (!resp.ok) {
    const err = new Error(body && body.error ? body.error : `${resp.status}`);
    err.status = resp.status;
    throw err;
  }
  return body;
}

// language is the UI's current language, as i18n.js set it on the page
// before the view asks for anything.
function language() {
  return document.documentElement.lang === 'en' ? 'en' : 'ar';
}

// api reads from the API. Every read says the UI's language (?lang=), so
// that the reasons of grades and contradictions and the stories' evidence
// come in it.
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  if (!query.has('lang')) query.set('lang', language());
  const qs = query.toString();
  return answer(await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: headers() }));
}

// send makes a change: PUT, POST or DELETE with an optional JSON body.
export async function send(method, path, body) {
  const init = { method, headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
  if (body !== undefined) init.body = JSON.stringify(body);
  return answer(await fetch(`/api/${path}`, init));
}

// upload posts files as multipart/form-data; onSent(loaded, total) follows
// the bytes sent (fetch cannot tell). It resolves to the job the server
// started.
export function upload(files, onSent) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads');
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable) onSent(ev.loaded, ev.total);
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body);
      else {
        const err = new Error(body && body.error ? body.error : `${xhr.status} ${xhr.statusText}`);
        err.status = xhr.status;
        reject(err);
      }
    });
    xhr.addEventListener('error', () => reject(new Error('network error')));
    xhr.send(form);
  });
}
