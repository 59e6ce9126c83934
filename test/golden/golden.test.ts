import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases } from './cases.js';

describe('golden evaluations', () => {
  for (const golden of goldenCases()) {
    it(`${golden.name} gives the stored bytes`, () => {
      const stored = readFileSync(new URL(`./${golden.name}.json`, import.meta.url), 'utf8');
      expect(`${JSON.stringify(golden.run(), null, 1)}\n`).toBe(stored);
    });
  }
});
