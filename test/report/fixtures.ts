import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, type Evaluation } from 'supplier-quality';
import type { ReportEvidence, ReportProfile } from '../../src/report/reportInputs.js';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/pump-injector/${name}`, import.meta.url)), 'utf8'));

/** Any file of the pump-injector example, as JSON. */
export const readExample = example;

export const SUPPLIERS = ['injektor-presisi', 'maju-jaya', 'sumber-logam'] as const;
export type SupplierName = (typeof SUPPLIERS)[number];

/** The pump-injector profile as JSON. */
export const profile = example('profile.json') as ReportProfile;

/** The evidence of one example supplier as JSON. */
export function evidenceOf(name: SupplierName): ReportEvidence {
  return example(`evidence/${name}.json`) as ReportEvidence;
}

/** The evaluation of one example supplier. */
export function evaluationOf(name: SupplierName): Evaluation {
  return evaluate(profile, evidenceOf(name));
}

/** Text a hostile buyer or auditor might write. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+cmd|\' /C calc\'!A0',
  at: '@SUM(1+1)',
  minus: '-2+3',
  markdown: '| pipe *star* [link](javascript:alert(1)) `code` <b>bold</b>',
  control: 'bell\u0007 and \u001b[31mred\u001b[0m',
} as const;

/** A profile and evidence whose every buyer- and auditor-written text is hostile. */
export function hostileCase(): { profile: unknown; evidence: unknown } {
  return {
    profile: {
      id: 'hostile<profile>',
      version: '1',
      title: HOSTILE.script,
      component: { name: HOSTILE.attribute },
      categories: [
        {
          id: 'cat"1',
          title: HOSTILE.markdown,
          minScore: 90,
          criteria: [
            {
              kind: 'measurement',
              id: 'd"><script>',
              title: HOSTILE.script,
              causeFamily: 'machine',
              severity: 'critical',
              unit: 'mm',
              lsl: '1.0',
              usl: '2.0',
              remedy: HOSTILE.formula,
              reference: HOSTILE.attribute,
            },
            {
              kind: 'check',
              id: 'check',
              title: HOSTILE.plus,
              causeFamily: 'method',
              remedy: HOSTILE.at,
            },
          ],
        },
        {
          id: 'second',
          title: HOSTILE.minus,
          criteria: [{ kind: 'document', id: 'doc', title: HOSTILE.control, causeFamily: 'material', acceptedStatuses: [HOSTILE.formula] }],
        },
      ],
      rules: [
        { id: 'r<1>', title: HOSTILE.script, when: { type: 'criteria', criteria: ['check'], status: ['fail'] }, then: { capGrade: 'B' } },
      ],
    },
    evidence: {
      supplier: { id: HOSTILE.at, name: HOSTILE.formula, region: HOSTILE.plus },
      auditDate: '2026-11-20',
      auditor: HOSTILE.minus,
      entries: [
        { criterion: 'd"><script>', values: ['1.5', '2.5', '0.5', '1.2'] },
        { criterion: 'check', value: false, note: HOSTILE.script },
        { criterion: 'doc', status: HOSTILE.markdown },
      ],
    },
  };
}
