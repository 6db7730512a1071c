// token.js: the prompt for an access token, shown when the server asks for
// one (401). The token is kept for this tab only (sessionStorage).
import { getToken, setToken } from '../api.js';
import { h } from '../dom.js';
import { section } from './common.js';

export function tokenPrompt(lang, message, done) {
  const input = h('input', { type: 'password', autocomplete: 'off', required: true, 'aria-label': lang.t('token'), size: '50' });
  return section(lang.t('token'),
    h('p', {}, lang.t('tokenHint')),
    message ? h('p', { class: 'error', role: 'alert', dir: 'auto' }, message) : null,
    h('form', {
      class: 'token-form',
      onsubmit: (ev) => {
        ev.preventDefault();
        setToken(input.value.trim());
        done();
      },
    }, input, ' ', h('button', { type: 'submit' }, lang.t('tokenUse'))),
    getToken() ? h('button', { type: 'button', onclick: () => { setToken(''); done(); } }, lang.t('tokenForget')) : null);
}
