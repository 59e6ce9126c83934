import { describe, expect, it } from 'vitest';
import { demoText, evaluateExamples } from '../../examples/pump-injector/demo.js';

describe('pump-injector example', () => {
  const [approved, conditional, rejected] = evaluateExamples();

  it('approves the capable supplier', () => {
    expect([approved?.decision, approved?.score, approved?.grade]).toEqual(['approved', '98.5', 'A']);
  });

  it('approves the second on condition, with a re-audit date and its gaps', () => {
    expect([conditional?.decision, conditional?.score, conditional?.grade, conditional?.reauditDue]).toEqual(['conditional', '86.6', 'B', '2027-02-17']);
    // The process questions trigger VDA 6.3 downgrades (P6 70 %, E_U3 60 %), so they lead the gap list.
    expect(conditional?.gaps.map((g) => g.criterion)).toEqual(['op-training', 'machine-maintenance', 'iso-9001', 'on-time-delivery', 'defect-ppm']);
    expect(conditional?.rules.map((r) => r.id)).toEqual(['quality-system:vda63-a-to-b-1', 'quality-system:vda63-a-to-b-2']);
  });

  it('rejects the third by knock-out on the venturi throat and the leak test', () => {
    expect(rejected?.decision).toBe('rejected');
    expect(rejected?.rules[0]).toMatchObject({ id: 'knock-out', criteria: ['throat-d', 'leak-test'] });
    expect(rejected?.criteria.find((c) => c.id === 'throat-d')?.explanation).toBe('4 of 32 parts above the upper limit 6.55 mm (worst 6.58 mm).');
  });

  it('prints a readable demo', () => {
    const text = demoText();
    expect(text).toContain('PT Injektor Presisi Mandiri   APPROVED   score 98.5   grade A');
    expect(text).toContain('CV Maju Jaya Teknik   CONDITIONAL   score 86.6   grade B   re-audit by 2027-02-17');
    expect(text).toContain('UD Sumber Logam   REJECTED   score 22.7   grade C');
    expect(text).toMatch(/knock-out {2}throat-d +4 of 32 parts above the upper limit 6\.55 mm \(worst 6\.58 mm\)\. \(-14\.8\) {2}\[machine\]/);
  });
});
