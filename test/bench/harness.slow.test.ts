import { describe, expect, it } from 'vitest';
import { resultsTable, runBench } from '../../bench/run.js';

describe('the benchmark harness', () => {
  it('runs all four cases in small mode, with identical decisions and mergeable shards', async () => {
    const lines: string[] = [];
    const results = await runBench({ small: true, log: (line) => lines.push(line) });
    const cases = results.cases as Record<string, Record<string, any>>;
    const screening = cases.screening!;
    expect(screening.agreement.screenVsEvaluate.differing).toBe(0);
    expect(screening.agreement.screenVsExactRoute.differing).toBe(0);
    expect(screening.jsonRulesEngine.count).toBeGreaterThan(0);
    expect(screening.ratios.throughputVsJsonRulesEngine).toBeGreaterThan(0);
    expect(cases.full!.agreement.differing).toBe(0);
    expect(cases.full!.evaluate.count).toBe(30);
    expect(cases.full!.rounds.perCpuSecond).toHaveLength(10);
    expect(Object.values(cases.full!.decisions as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(30);
    const national = cases.national!;
    expect(national.records).toBe(10_000);
    expect(national.evaluated + national.invalid).toBe(10_000);
    expect(national.invalid).toBe(2);
    expect(national.shardsMergeToWhole).toBe(true);
    expect(national.peakRssMb).toBeGreaterThan(0);
    expect(cases.spreadsheet!.decisions).toEqual(['approved', 'conditional', 'rejected']);
    expect(cases.spreadsheet!.parsedProfile.medianMs).toBeGreaterThan(0);
    expect(cases.spreadsheet!.settled.p99Ms).toBeGreaterThan(0);
    const table = resultsTable(results);
    expect(table).toContain('json-rules-engine');
    expect(table).toContain('Goals');
    expect((results.goals as unknown[]).length).toBeGreaterThanOrEqual(8);
  }, 120_000);
});
