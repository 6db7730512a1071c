// Unit tests of the code-point offsets, run with `node --test` (npm test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codePointOffsets, pieces } from '../src/offsets.js';

test('code points map to UTF-16 offsets past astral characters', () => {
  // "a😀ب": 😀 is two UTF-16 units, one code point.
  assert.deepEqual(codePointOffsets('a😀ب'), [0, 1, 3, 4]);
});

test('pieces cut at every boundary, innermost span first', () => {
  const text = '😀قال المتحدث';
  const claim = { kind: 'claim', start: 0, end: 12 };
  const entity = { kind: 'entity', start: 5, end: 12 };
  const got = pieces(text, [claim, entity]);
  assert.deepEqual(got.map((p) => p.text), ['😀قال ', 'المتحدث']);
  assert.deepEqual(got[1].spans.map((s) => s.kind), ['entity', 'claim']);
  assert.equal(got.map((p) => p.text).join(''), text);
});

test('spans out of range are clipped, empty ones dropped', () => {
  const got = pieces('نص', [{ kind: 'time', start: 1, end: 99 }, { kind: 'x', start: 1, end: 1 }]);
  assert.deepEqual(got.map((p) => [p.text, p.spans.length]), [['ن', 0], ['ص', 1]]);
});
