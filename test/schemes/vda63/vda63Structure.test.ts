import { describe, expect, it } from 'vitest';
import { VDA63_ELEMENT_IDS, VDA63_ELEMENTS, VDA63_P6_SUB_ELEMENTS, vda63QuestionPlace } from '../../../src/schemes/vda63/vda63Structure.js';

describe('VDA 6.3:2016 structure', () => {
  it('has the process elements P2–P7 and the six P6 sub-elements E_U1–E_U6', () => {
    expect(VDA63_ELEMENT_IDS).toEqual(['P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(VDA63_ELEMENTS.P6.title).toBe('Process analysis / production');
    expect(VDA63_P6_SUB_ELEMENTS.map((s) => `${s.id} ${s.label} ${s.title}`)).toEqual([
      'P6.1 E_U1 Process input',
      'P6.2 E_U2 Work carried out',
      'P6.3 E_U3 Personnel resources',
      'P6.4 E_U4 Material resources',
      'P6.5 E_U5 Efficiency',
      'P6.6 E_U6 Process output',
    ]);
  });
});

describe('vda63QuestionPlace', () => {
  it('places element questions and P6 questions with their sub-element', () => {
    expect(vda63QuestionPlace('P2.1')).toEqual({ number: 'P2.1', element: 'P2' });
    expect(vda63QuestionPlace('7.5')).toEqual({ number: 'P7.5', element: 'P7' });
    expect(vda63QuestionPlace('6.3.1')).toEqual({ number: 'P6.3.1', element: 'P6', subElement: 'P6.3' });
    expect(vda63QuestionPlace(' p6.6.12 ')).toEqual({ number: 'P6.6.12', element: 'P6', subElement: 'P6.6' });
  });

  it('refuses numbers outside the structure', () => {
    for (const number of ['P1.1', 'P8.1', 'P6.1', 'P6.7.1', 'P2.1.1', 'P2', 'P2.0', 'Q2.1', '']) {
      expect(vda63QuestionPlace(number)).toBeNull();
    }
  });
});
