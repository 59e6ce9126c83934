import { describe, expect, it } from 'vitest';
import { initialStudyCriteria, PPAP_INITIAL_STUDY } from '../../../src/schemes/ppap/initialStudyCriteria.js';

describe('initialStudyCriteria', () => {
  it('makes measurement criteria with the initial-study capability requirement unless given, referenced to §2.2.11.3', () => {
    expect(
      initialStudyCriteria([
        { id: 'throat-d', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05' },
        { id: 'nozzle-d', title: 'Nozzle', causeFamily: 'machine', unit: 'mm', lsl: '3.18', usl: '3.22', reference: 'DWG item 4', capability: { index: 'cpk', min: '1.67' } },
      ]),
    ).toEqual([
      { id: 'throat-d', kind: 'measurement', title: 'Venturi throat', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05', capability: { index: 'ppk', min: '1.67', partialFrom: '1.33' }, reference: 'AIAG PPAP 4th ed. §2.2.11.3 (initial process study)' },
      { id: 'nozzle-d', kind: 'measurement', title: 'Nozzle', causeFamily: 'machine', unit: 'mm', lsl: '3.18', usl: '3.22', capability: { index: 'cpk', min: '1.67' }, reference: 'DWG item 4' },
    ]);
  });

  it('carries the §2.2.11.3 acceptance criteria', () => {
    expect(PPAP_INITIAL_STUDY).toEqual({ index: 'ppk', min: '1.67', partialFrom: '1.33' });
  });
});
