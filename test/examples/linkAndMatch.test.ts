import { describe, expect, it } from 'vitest';
import { generateSuppliers, mulberry32 } from '../../examples/link-and-match/generate.js';
import { COUNT, linkAndMatch, pumpInjectorProfile, SEED } from '../../examples/link-and-match/linkAndMatch.js';
import { evaluate } from '../../src/evaluate.js';
import { pathToPass } from '../../src/gaps/pathToPass.js';
import { Decimal } from '../../src/decimal.js';

describe('examples/link-and-match', () => {
  const { summary, text } = linkAndMatch();
  const profile = pumpInjectorProfile();
  const evaluations = generateSuppliers(COUNT, SEED).map((evidence) => evaluate(profile, evidence));
  const count = (f: (e: (typeof evaluations)[number]) => boolean) => evaluations.filter(f).length;

  it('generates the same 150 suppliers for the same seed', () => {
    expect(generateSuppliers(3, 7)).toEqual(generateSuppliers(3, 7));
    expect(generateSuppliers(3, 7)).not.toEqual(generateSuppliers(3, 8));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
    expect(evaluations).toHaveLength(150);
    expect(linkAndMatch().text).toBe(text);
  });

  it('starts with the headline in both languages, its figures as the evaluations say', () => {
    const held = evaluations.filter((e) => e.decision === 'rejected' || e.decision === 'incomplete');
    const by = (family: string) => held.filter((e) => e.decisiveCauses.some((c) => c.causeFamilies.includes(family as never))).length;
    const [ready, approved, conditional] = [count((e) => e.decision === 'approved' || e.decision === 'conditional'), count((e) => e.decision === 'approved'), count((e) => e.decision === 'conditional')];
    expect([ready, approved, conditional, held.length, by('machine'), by('man'), by('method'), by('material')]).toEqual([31, 2, 29, 119, 92, 88, 39, 2]);
    const lines = text.split('\n');
    expect(lines[2]).toBe(
      `${ready} of 150 suppliers can supply now (${approved} approved, ${conditional} with conditions); the rest are held back mostly by machines (equipment): ` +
        `of the ${held.length}, ${by('machine')} by machines (equipment), ${by('man')} by people (training), ${by('method')} by methods, ${by('material')} by materials.`,
    );
    expect(lines[3]).toBe(
      `${ready} dari 150 pemasok dapat memasok sekarang (${approved} disetujui, ${conditional} dengan syarat); sisanya tertahan terutama oleh mesin (peralatan): ` +
        `dari ${held.length} pemasok itu, ${by('machine')} oleh mesin (peralatan), ${by('man')} oleh orang (pelatihan), ${by('method')} oleh metode, ${by('material')} oleh material.`,
    );
  });

  it('prints how many pass, are conditional, rejected or incomplete, as the evaluations say', () => {
    const d = { approved: 0, conditional: 0, rejected: 0, incomplete: 0 };
    for (const e of evaluations) d[e.decision]++;
    expect(summary.decisions).toEqual(d);
    expect(d.approved + d.conditional + d.rejected + d.incomplete).toBe(150);
    expect(d.approved).toBeGreaterThan(0);
    expect(d.rejected).toBeGreaterThan(d.approved);
    expect(d.incomplete).toBeGreaterThan(0);
    expect(text).toContain(`Decisions     approved ${d.approved} · conditional ${d.conditional} · rejected ${d.rejected} · incomplete (evidence missing) ${d.incomplete}`);
    expect(text.split('\n')[0]).toBe('Link and match: 150 small suppliers against "Injector (jet ejector) for the JP-250 shallow-well jet pump" (profile 2026.1)');
  });

  it('prints the top gaps and the split between training and equipment needs, from the evaluations', () => {
    const top = summary.gaps.byCriterion[0]!;
    expect(top.suppliers).toBe(count((e) => e.gaps.some((g) => g.criterion === top.criterion)));
    expect(text).toMatch(new RegExp(`\\n  ${top.criterion}\\s+${top.causeFamily}\\s+${top.suppliers}\\s+${top.knockOuts}\\s+${top.inNextPath}\\n`));
    const paths = evaluations.filter((e) => e.decision !== 'approved').map((e) => pathToPass(profile, e));
    for (const [family, label] of [
      ['man', 'training \\(man\\)'],
      ['machine', 'equipment \\(machine\\)'],
    ] as const) {
      const withGap = count((e) => e.gaps.some((g) => g.causeFamily === family));
      const next = paths.filter((p) => p.next?.reachable && p.next.steps.some((s) => s.causeFamily === family)).length;
      const approval = paths.filter((p) => p.approval?.reachable && p.approval.steps.some((s) => s.causeFamily === family)).length;
      expect(text).toMatch(new RegExp(`\\n  ${label}\\s+${withGap}\\s+${next}\\s+${approval}\\n`));
    }
  });

  it('prints the score statistics with one decimal more than the scores, as the cohort report does', () => {
    const q = (p: string) => summary.scores.quantiles.find((x) => x.p === p)?.value;
    expect([q('0.5'), q('0.25'), q('0.75'), summary.scores.min, summary.scores.max, summary.places]).toEqual(['65.65', '50.25', '79.9', '3', '94.7', 1]);
    expect(text).toContain(`Scores        median 65.65 · quartiles 50.25–79.90 · mean ${new Decimal(summary.scores.mean!).toFixed(2)} · range 3.0–94.7`);
    expect(text).toMatch(/\n  Banten +20 suppliers .* mean \d+\.\d\d\n/);
  });

  it('shows what the nearest miss must fix, and it does reach the next decision', () => {
    const nearest = summary.nearMisses.suppliers[0]!;
    expect(text).toContain(`Nearest miss: ${nearest.supplier.id}`);
    const evaluation = evaluations.find((e) => e.supplier.id === nearest.supplier.id)!;
    const path = pathToPass(profile, evaluation);
    expect(path.next?.decision).toBe(nearest.next);
    expect(text).toContain(path.next!.explanation);
  });

  it('prints the top 5 each with its decisive cause, as the evaluations name it', () => {
    const top = text.slice(text.indexOf('\nTop 5\n') + 7, text.indexOf('\n\nNearest miss'));
    expect(top.split('\n')).toEqual([
      '  1. UD Logam Jaya (IKM-0144)        94.7   A   Approved',
      '  2. CV Presisi Mandiri (IKM-0091)   94.6   B   Conditional — VDA 6.3 downgrade to B: a P6 sub-element below 80 %: P6.4 60 %',
      '  3. PT Abadi Makmur (IKM-0052)      94.1   C   Rejected    — VDA 6.3 downgrade to C: a process element or process step below 70 %: P6 60 %',
      '  4. CV Mulia Abadi (IKM-0117)       93.6   B   Conditional — VDA 6.3 downgrade to B: a P6 sub-element below 80 %: P6.3 60 %',
      '  5. CV Abadi Sejahtera (IKM-0073)   93.0   B   Conditional — VDA 6.3 downgrade to B: a P6 sub-element below 80 %: P6.3 60 %',
    ]);
    const first = (id: string) => evaluations.find((e) => e.supplier.id === id)!.decisiveCauses[0];
    expect(first('IKM-0144')).toBeUndefined();
    expect(first('IKM-0052')).toMatchObject({ cause: 'rule', groups: [{ id: 'P6', score: '60' }] });
    expect(first('IKM-0091')).toMatchObject({ cause: 'rule', groups: [{ id: 'P6.4', score: '60' }] });
    const nearest = summary.nearMisses.suppliers[0]!;
    expect(first(nearest.supplier.id)).toMatchObject({ cause: 'score-band', grade: 'C', score: '79.2' });
    expect(text).toContain('Nearest miss: IKM-0101 UD Presisi Teknik, 79.2 rejected, 0.8 below conditional — Score 79.2 gives grade C\n');
  });
});
