// session.js: who the UI is acting for, from /api/whoami, so that it offers
// only what the server would allow: uploads and reliability edits need the
// analyst role on a shared server (on loopback everyone may do everything).
// The server still checks every request; this only spares the reader
// buttons that would answer 403.
import { api, getToken } from './api.js';

const ranks = { reader: 1, analyst: 2, admin: 3 };

// The last answer asked for, and the token it was asked with: a new token
// (typed in or forgotten) asks again.
let current = null;
let askedWith = null;

// whoami resolves to { name, role, tokens_required }; a server that wants a
// token we do not have (or refuses ours) answers as nobody (role '').
export function whoami() {
  const token = getToken();
  if (!current || askedWith !== token) {
    askedWith = token;
    const asking = api('whoami').catch((err) => {
      if (err.status === 401 || err.status === 403) return { name: '', role: '', tokens_required: true };
      if (current === asking) current = null; // a passing failure: ask again next time
      throw err;
    });
    current = asking;
  }
  return current;
}

// may says whether a user with this role may do what needs the role named.
export function may(me, role) {
  return (ranks[me.role] ?? 0) >= (ranks[role] ?? Infinity);
}
