import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/errors/closestName.js';
import { createIssue, issueWhere } from '../../src/errors/index.js';

describe('closestName', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect([editDistance('valeus', 'values'), editDistance('critrion', 'criterion'), editDistance('abc', 'abc'), editDistance('', 'ab')]).toEqual([1, 1, 0, 2]);
  });

  it('names the closest known name within two edits (and a third of the length), else nothing', () => {
    expect(closestName('valeus', ['value', 'values', 'points'])).toBe('values');
    expect(closestName('tolerence', ['tolerance', 'nominal'])).toBe('tolerance');
    expect(closestName('Measurment', ['measurement', 'metric'])).toBe('measurement');
    expect(closestName('xyz', ['values', 'points'])).toBeUndefined();
    expect(closestName('ab', ['cd'])).toBeUndefined();
  });
});

describe('issueWhere', () => {
  it('shows the criterion an evidence entry names beside the entry', () => {
    const issue = { ...createIssue('required', ['entries', 1, 'values']), criterion: 'throat-d' };
    expect(issueWhere(issue)).toBe('entries[1] (throat-d).values');
    expect(issueWhere(createIssue('required', ['entries', 1, 'values']))).toBe('entries[1].values');
    expect(issueWhere({ ...createIssue('required', ['supplier', 'id']), criterion: 'x' })).toBe('supplier.id');
  });
});
