import { describe, expect, it } from 'vitest';
import { vda63Block } from '../../../src/schemes/vda63/vda63Block.js';

describe('vda63Block', () => {
  const block = vda63Block({
    edition: '2016',
    category: 'vda-p6',
    weight: 2,
    idPrefix: 'vda-',
    elements: [{ element: 'P6', questions: [{ number: 'P6.2.1', star: true, severity: 'critical', translations: { id: { remedy: 'Perbaiki instruksi kerja.' } } }] }],
  });

  it('makes one weighted category with prefixed ids, and rules scoped to it that classify its E_G', () => {
    expect(block.categories).toEqual([
      {
        id: 'vda-p6',
        title: 'Process audit (VDA 6.3:2016)',
        weight: 2,
        criteria: [
          {
            kind: 'audit-question',
            id: 'vda-P6.2.1',
            number: 'P6.2.1',
            title: 'P6.2.1 Work carried out',
            element: 'P6',
            subElement: 'P6.2',
            perStep: true,
            star: true,
            severity: 'critical',
            causeFamily: 'method',
            reference: 'VDA 6.3:2016 P6.2.1',
            translations: { id: { title: 'P6.2.1 Pekerjaan yang dilakukan', remedy: 'Perbaiki instruksi kerja.' } },
          },
        ],
      },
    ]);
    expect(block.rules.every((r) => r.scope === 'vda-p6' && r.id.startsWith('vda-p6:'))).toBe(true);
    expect(block.rules.slice(0, 2).map((r) => [r.id, r.when, r.then])).toEqual([
      ['vda-p6:vda63-class-b', { type: 'score', below: '90' }, { capGrade: 'B' }],
      ['vda-p6:vda63-class-c', { type: 'score', below: '80' }, { capGrade: 'C' }],
    ]);
  });

  it('leaves classification to the grade bands with classify: false', () => {
    const plain = vda63Block({ edition: '2016', classify: false, elements: [{ element: 'P2', questions: [{ number: 'P2.1' }] }] });
    expect(plain.categories[0]?.id).toBe('process-audit');
    expect(plain.rules.some((r) => r.id.includes('class'))).toBe(false);
  });
});
