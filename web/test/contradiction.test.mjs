// A contradiction's values as the dashboard and the contradictions view
// show them: a polarity clash's codes named in the UI's language, quoted
// words left as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Language } from '../src/i18n.js';
import { contradictionValues } from '../src/views/dashboard.js';

// language is a Language in code without a page (the constructor reads the
// page's address).
function language(code) {
  const lang = Object.create(Language.prototype);
  lang.code = code;
  return lang;
}

test('contradictionValues names polarity codes and keeps quoted values', () => {
  const cases = [
    ['ar', { attribute: 'polarity', values: ['asserted', 'denied'] }, ['مؤكَّد', 'منفي']],
    ['en', { attribute: 'polarity', values: ['asserted', 'denied'] }, ['asserted', 'denied']],
    ['en', { attribute: 'time', values: ['2021-04', '2021-05'] }, ['2021-04', '2021-05']],
    ['ar', { attribute: 'quantity', values: ['asserted', '6'] }, ['asserted', '6']],
  ];
  for (const [code, c, want] of cases) assert.deepEqual(contradictionValues(language(code), c), want, `${code} ${c.attribute}`);
});
