import { describe, expect, test } from 'vitest';
import { jsonLine } from '../../src/testing/describeEvaluation.js';

describe('jsonLine', () => {
  test('writes JSON on one line for a message', () => {
    expect(jsonLine({ lsl: '3.18', usl: '3.22', unit: 'mm' })).toBe('lsl 3.18, usl 3.22, unit mm');
    expect(jsonLine({ levels: [0, 4, 6, 8, 10], star: false })).toBe('levels 0 4 6 8 10, star false');
    expect(jsonLine([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('1 2 3 4 5 6 7 8 … (10)');
    expect(jsonLine(null)).toBe('—');
    expect(jsonLine({})).toBe('—');
  });
});
