import { describe, expect, it } from 'vitest';
import { PPAP_ELEMENTS, ppapElement } from '../../../src/schemes/ppap/ppapElements.js';

describe('PPAP_ELEMENTS (AIAG PPAP 4th ed. retention/submission table)', () => {
  it('has the 18 elements, 1a/1b and the bulk checklist with S / R / * at levels 1–5, exactly', () => {
    expect(PPAP_ELEMENTS.map((e) => `${e.number} ${e.title}: ${e.requirements.join(' ')}`)).toEqual([
      '1 Design Records (of saleable product): R S S * R',
      '1a Design Records – for proprietary components/details: R R R * R',
      '1b Design Records – for all other components/details: R S S * R',
      '2 Engineering Change Documents, if any: R S S * R',
      '3 Customer Engineering Approval, if required: R R S * R',
      '4 Design FMEA: R R S * R',
      '5 Process Flow Diagrams: R R S * R',
      '6 Process FMEA: R R S * R',
      '7 Control Plan: R R S * R',
      '8 Measurement System Analysis Studies: R R S * R',
      '9 Dimensional Results: R S S * R',
      '10 Material, Performance Test Results: R S S * R',
      '11 Initial Process Studies: R R S * R',
      '12 Qualified Laboratory Documentation: R S S * R',
      '13 Appearance Approval Report (AAR), if applicable: S S S * R',
      '14 Sample Product: R S S * R',
      '15 Master Sample: R R R * R',
      '16 Checking Aids: R R R * R',
      '17 Records of Compliance with Customer-Specific Requirements: R R S * R',
      '18 Part Submission Warrant (PSW): S S S S R',
      'bulk Bulk Material Requirements Checklist (bulk PPAP only): S S S S R',
    ]);
  });
});

describe('ppapElement', () => {
  it('finds an element by number, key, name, title or alias, ignoring case', () => {
    expect(['9', 'dimensional-results', 'Dimensional Results', 'dimensional results'].map((n) => ppapElement(n)?.number)).toEqual(['9', '9', '9', '9']);
    expect(['PSW', 'Part Submission Warrant', 'Part Submission Warrant (PSW)', '18'].map((n) => ppapElement(n)?.key)).toEqual(['psw', 'psw', 'psw', 'psw']);
    expect(ppapElement('AAR')?.number).toBe('13');
    expect(ppapElement('Design Records/other')?.number).toBe('1b');
    expect(ppapElement('1A')?.key).toBe('design-records-proprietary');
    expect(ppapElement('FMEA')).toBeUndefined();
  });
  it('takes an element number as a number too', () => {
    expect([9, 18, 1].map((n) => ppapElement(n)?.key)).toEqual(['dimensional-results', 'psw', 'design-records']);
    expect([0, 19, 9.5, Number.NaN].map((n) => ppapElement(n))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
