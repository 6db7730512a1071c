// session.test.mjs: which roles the UI treats as allowed to do what.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { may } from '../src/session.js';

test('may ranks reader < analyst < admin, and nobody below all', () => {
  const cases = [
    ['reader', 'reader', true], ['reader', 'analyst', false], ['analyst', 'analyst', true],
    ['admin', 'analyst', true], ['analyst', 'admin', false], ['', 'reader', false],
    ['admin', 'nonsense', false], ['bogus', 'reader', false],
  ];
  for (const [role, needed, want] of cases) {
    assert.equal(may({ role }, needed), want, `may(${role}, ${needed})`);
  }
});
