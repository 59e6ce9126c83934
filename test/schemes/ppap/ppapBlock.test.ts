import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { ppapBlock } from '../../../src/schemes/ppap/ppapBlock.js';

const ids = (block: ReturnType<typeof ppapBlock>) => block.categories[0]!.criteria.map((c) => c.id.replace(/^ppap-/, ''));

describe('ppapBlock', () => {
  it('requires the S elements of each level', () => {
    expect(ids(ppapBlock({ level: 1 }))).toEqual(['appearance-approval-report', 'psw']);
    expect(ids(ppapBlock({ level: 2 }))).toEqual([
      'design-records',
      'design-records-other',
      'engineering-change-documents',
      'dimensional-results',
      'material-performance-test-results',
      'qualified-laboratory-documentation',
      'appearance-approval-report',
      'sample-product',
      'psw',
    ]);
    expect(ids(ppapBlock())).toHaveLength(17); // level 3 by default
    expect(ids(ppapBlock({ level: 3 }))).not.toContain('master-sample');
    expect(ids(ppapBlock({ level: 4 }))).toEqual(['psw']);
    expect(ids(ppapBlock({ level: 5 }))).toHaveLength(20); // everything, reviewed on site
  });

  it('adds what the customer asks for at level 4, the bulk checklist, and retained elements as minor criteria', () => {
    expect(ids(ppapBlock({ level: 4, customerElements: ['Control Plan', 'PFMEA', '9'] }))).toEqual(['process-fmea', 'control-plan', 'dimensional-results', 'psw']);
    expect(ids(ppapBlock({ level: 1, bulk: true }))).toEqual(['appearance-approval-report', 'psw', 'bulk-material-checklist']);
    const retained = ppapBlock({ level: 1, retained: true }).categories[0]!.criteria;
    expect(retained).toHaveLength(20);
    expect(retained.find((c) => c.id === 'ppap-control-plan')).toMatchObject({ severity: 'minor', acceptedStatuses: ['approved', 'on file'] });
  });

  it('writes document criteria citing the element and its requirement, the PSW critical', () => {
    const criteria = ppapBlock({ level: 3, maxAgeDays: 365 }).categories[0]!.criteria;
    expect(criteria.find((c) => c.id === 'ppap-psw')).toEqual({
      kind: 'document',
      id: 'ppap-psw',
      title: 'PPAP 18 Part Submission Warrant (PSW)',
      document: 'Part Submission Warrant (PSW)',
      severity: 'critical',
      causeFamily: 'method',
      acceptedStatuses: ['approved'],
      maxAgeDays: 365,
      reference: 'AIAG PPAP 4th ed., element 18: S at level 3',
    });
    expect(criteria.find((c) => c.id === 'ppap-customer-engineering-approval')).toMatchObject({ severity: 'major', acceptedStatuses: ['approved', 'not applicable'] });
    expect(criteria.find((c) => c.id === 'ppap-msa-studies')).toMatchObject({ causeFamily: 'measurement' });
    expect(ppapBlock({ level: 5 }).categories[0]!.criteria.find((c) => c.id === 'ppap-master-sample')?.reference).toBe(
      'AIAG PPAP 4th ed., element 15: R at level 5, reviewed on site',
    );
  });

  it('adds characteristics for the initial process study and one scoped rule capping at conditional', () => {
    const block = ppapBlock({
      category: 'ppap-l3',
      characteristics: [{ id: 'throat-d', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: 6.5, tolerance: 0.05 }],
      critical: ['PSW', 'Dimensional Results'],
    });
    const criteria = block.categories[0]!.criteria;
    expect(criteria.at(-1)).toMatchObject({ kind: 'measurement', id: 'throat-d', nominal: '6.5', tolerance: '0.05' });
    expect(criteria.find((c) => c.id === 'ppap-dimensional-results')?.severity).toBe('critical');
    expect(block.rules).toEqual([
      {
        id: 'ppap-l3:ppap-not-approved',
        title: 'PPAP element or characteristic not approved: interim approval at best',
        reference: 'AIAG PPAP 4th ed. §5.2 (interim approval)',
        scope: 'ppap-l3',
        when: { type: 'criteria', status: ['fail', 'partial'], severity: ['critical', 'major'] },
        then: { capDecision: 'conditional' },
        translations: { id: { title: 'Elemen atau karakteristik PPAP belum disetujui: paling tinggi persetujuan sementara' } },
      },
    ]);
  });

  it('rejects bad options with paths', () => {
    try {
      ppapBlock({ level: 6, customerElements: ['FMEA'], critical: ['PSW', 'Drawing'] } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([['level', 'too_big']]);
    }
    try {
      ppapBlock({ level: 4, customerElements: ['FMEA'], critical: ['PSW', 'Drawing'] });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['customerElements[0]', 'unknown_ppap_element'],
        ['critical[1]', 'unknown_ppap_element'],
      ]);
    }
  });
});
