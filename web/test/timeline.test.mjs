// The timeline's reading of the analysis's time values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineDate } from '../src/views/timeline.js';

test('timelineDate reads years, months and days as their first day', () => {
  const cases = [
    ['2011', '2011-01-01T00:00:00.000Z'],
    ['2021-05', '2021-05-01T00:00:00.000Z'],
    ['2021-05-20', '2021-05-20T00:00:00.000Z'],
    ['1990-12', '1990-12-01T00:00:00.000Z'],
  ];
  for (const [value, want] of cases) assert.equal(timelineDate(value)?.toISOString(), want, value);
});

test('timelineDate refuses what is not a time value', () => {
  for (const value of [null, undefined, '', '201', '2011-5', 'mid 2011', '2011-05-20T10:00', '١٩٩٠']) {
    assert.equal(timelineDate(value), null, String(value));
  }
});
