import { describe, expect, it } from 'vitest';
import { initialStudyCriteria, PPAP_INITIAL_STUDY } from '../../../src/schemes/ppap/initialStudyCriteria.js';

describe('initialStudyCriteria', () => {
  it('makes measurement criteria referenced to the initial process study', () => {
    expect(
      initialStudyCriteria([
        { id: 'throat-d', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05' },
        { id: 'nozzle-d', title: 'Nozzle', causeFamily: 'machine', unit: 'mm', lsl: '3.18', usl: '3.22', reference: 'DWG item 4' },
      ]),
    ).toEqual([
      { id: 'throat-d', kind: 'measurement', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05', reference: 'AIAG PPAP 4th ed. §2.2.11.3 (initial process study)' },
      { id: 'nozzle-d', kind: 'measurement', title: 'Nozzle', causeFamily: 'machine', unit: 'mm', lsl: '3.18', usl: '3.22', reference: 'DWG item 4' },
    ]);
  });

  it('names the acceptance criteria a capability requirement will carry', () => {
    expect(PPAP_INITIAL_STUDY).toEqual({ index: 'ppk', acceptAbove: '1.67', reviewFrom: '1.33' });
  });
});
