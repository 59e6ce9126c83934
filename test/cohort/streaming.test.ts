import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../examples/link-and-match/generate.js';
import { evaluateCohortSync } from '../../src/cohort/evaluateCohort.js';
import { defineProfile } from '../../src/parse/parseProfile.js';

/** A cheap profile (four quick criteria), so 100,000 suppliers stay within the test's time. */
const profile = defineProfile({
  id: 'streaming',
  version: '1',
  title: 'Streaming check',
  component: { name: 'Part' },
  decision: { reauditDays: 90 },
  categories: [
    { id: 'product', title: 'Product', weight: 2, criteria: [{ kind: 'check', id: 'leak-test', title: 'Leak test', severity: 'critical', causeFamily: 'method' }] },
    {
      id: 'people-machines',
      title: 'People and machines',
      criteria: [
        { kind: 'audit-question', id: 'op-training', title: 'Training', causeFamily: 'man' },
        { kind: 'audit-question', id: 'maintenance', title: 'Maintenance', causeFamily: 'machine' },
      ],
    },
    {
      id: 'delivery',
      title: 'Delivery',
      criteria: [{ kind: 'metric', id: 'otd', title: 'On-time delivery', unit: '%', direction: 'higher-is-better', limit: 90, target: 98, causeFamily: 'method' }],
    },
  ],
});

const LEVELS = [0, 4, 6, 8, 10];
/** Generates suppliers one at a time; nothing is kept. One record in 10,000 is invalid. */
function* suppliers(count: number) {
  const random = mulberry32(99);
  for (let i = 0; i < count; i++) {
    yield {
      supplier: { id: `IKM-${i}`, name: `Supplier ${i}`, region: `Region ${i % 5}` },
      auditDate: i % 10_000 === 9_999 ? '2026-02-30' : '2026-11-02',
      entries: [
        { criterion: 'leak-test', value: random() < 0.9 },
        { criterion: 'op-training', points: LEVELS[Math.floor(random() * 5)] },
        { criterion: 'maintenance', points: LEVELS[Math.floor(random() * 5)] },
        { criterion: 'otd', value: (85 + random() * 15).toFixed(1) },
      ],
    };
  }
}

/** Returns a function that runs a full garbage collection, when the engine allows one. */
function collector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

describe('evaluateCohort streaming over 100,000 suppliers', () => {
  // About 15–25 s on a quiet machine; the generous timeout only guards against a loaded one.
  it('keeps memory flat while it reads them one at a time', { timeout: 240_000 }, () => {
    const gc = collector();
    const heap = () => {
      gc?.();
      return process.memoryUsage().heapUsed;
    };
    const samples: { records: number; heap: number }[] = [];
    let peak = 0;
    const start = heap();
    const summary = evaluateCohortSync(profile, suppliers(100_000), {
      progressEvery: 10_000,
      onProgress: ({ records }) => {
        const used = heap();
        peak = Math.max(peak, used);
        samples.push({ records, heap: used });
      },
    });
    expect(summary.records).toBe(100_000);
    expect(summary.invalid).toBe(10);
    expect(summary.evaluated).toBe(99_990);
    expect(Object.values(summary.decisions).reduce((a, b) => a + b, 0)).toBe(99_990);
    expect(summary.ranking.entries).toHaveLength(10);
    expect(summary.regions).toHaveLength(5);
    expect(summary.invalidRecords.byCode).toEqual({ invalid_date: 10 });
    expect(summary.invalidRecords.records.map((r) => r.index)).toEqual([9_999, 19_999, 29_999, 39_999, 49_999, 59_999, 69_999, 79_999, 89_999, 99_999]);
    // The summary's size depends on the profile and the distinct scores, not on the suppliers.
    expect(JSON.stringify(summary).length).toBeLessThan(60_000);
    const [atTenThousand, atEnd] = [samples[0]!, samples.at(-1)!];
    expect(atTenThousand.records).toBe(10_000);
    if (gc) {
      // After a full collection, 90,000 more suppliers add (almost) nothing: 100,000 evaluations kept would be hundreds of MB.
      expect(atEnd.heap - atTenThousand.heap).toBeLessThan(16 * 1024 * 1024);
    } else {
      expect(peak - start).toBeLessThan(256 * 1024 * 1024);
    }
  });
});
