import { describe, expect, it } from 'vitest';
import { sampleDocs } from '../../scripts/docSamples.js';

describe('command-line samples in the docs', () => {
  it('are what the command line prints (npm run docs:samples writes them)', async () => {
    const docs = await sampleDocs();
    for (const doc of docs) {
      expect(doc.current.match(/<!-- sample: /g)?.length ?? 0, doc.path).toBeGreaterThanOrEqual(4);
      expect(doc.current, `${doc.path} is not current: run npm run docs:samples`).toBe(doc.written);
    }
  });
});
