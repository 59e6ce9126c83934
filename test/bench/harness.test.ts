import { describe, expect, it } from 'vitest';
import { resultsTable, runBench } from '../../bench/run.js';

// The light run of the harness; all four cases (with the national screening's worker threads) are in
// harness.slow.test.ts (`npm run test:slow`).
describe('the benchmark harness', () => {
  it('runs the screening, full-profile and spreadsheet cases in small mode, with identical decisions', async () => {
    const lines: string[] = [];
    const results = await runBench({ small: true, skip: ['national'], log: (line) => lines.push(line) });
    const cases = results.cases as Record<string, Record<string, any>>;
    expect(cases.national).toBeUndefined();
    expect(cases.screening!.agreement.screenVsEvaluate.differing).toBe(0);
    expect(cases.screening!.agreement.screenVsExactRoute.differing).toBe(0);
    expect(cases.full!.agreement.differing).toBe(0);
    expect(cases.spreadsheet!.decisions).toEqual(['approved', 'conditional', 'rejected']);
    expect(cases.spreadsheet!.firstCall.decisions).toEqual(['conditional']);
    expect(cases.spreadsheet!.firstCall.whole.medianMs).toBeGreaterThan(cases.spreadsheet!.firstCall.evaluate.medianMs);
    expect(cases.pathScaling!.failing).toEqual([50, 100, 200, 400]);
    expect(cases.pathScaling!.ratios).toHaveLength(3);
    expect(resultsTable(results)).toContain('Path to a pass (pathToPass, best of 9 rounds): 50 failing criteria');
    expect(resultsTable(results)).toContain('Goals');
  }, 120_000);
});
