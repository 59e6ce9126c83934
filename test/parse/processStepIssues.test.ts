import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/parse/parseProfile.js';
import { parseEvidence } from '../../src/parse/parseEvidence.js';
import { processStepIssues } from '../../src/parse/processStepIssues.js';
import { evidenceSchema } from '../../src/schema/evidence.js';

const evidence = (extra: object) =>
  evidenceSchema.parse({ supplier: { id: 's', name: 'CV Maju' }, auditDate: '2026-11-19', entries: [], ...extra });

describe('processStepIssues', () => {
  it('accepts steps declared in processSteps, and any step when none are declared', () => {
    const entries = [{ criterion: 'q', steps: [{ step: 'OP10', points: 8 }] }];
    expect(processStepIssues(evidence({ entries }))).toEqual([]);
    expect(processStepIssues(evidence({ entries, processSteps: [{ id: 'OP10', title: 'Turning', productGroup: 'PG-A' }] }))).toEqual([]);
  });

  it('rejects an undeclared step and a step declared twice, with paths', () => {
    const found = processStepIssues(
      evidence({
        processSteps: [{ id: 'OP10' }, { id: 'OP10' }],
        entries: [{ criterion: 'q', steps: [{ step: 'OP10', points: 8 }, { step: 'OP20', points: 6 }] }],
      }),
    );
    expect(found.map((i) => [i.path, i.code])).toEqual([
      ['processSteps[1].id', 'duplicate_step'],
      ['entries[0].steps[1].step', 'unknown_step'],
    ]);
    expect(found[1]?.message).toBe('The process step "OP20" is not listed in processSteps (OP10).');
  });
});

describe('per-step audit evidence against a profile', () => {
  const profile = parseProfile({
    id: 'p',
    version: '1',
    title: 'P6',
    component: { name: 'Injector' },
    categories: [
      {
        id: 'audit',
        title: 'Audit',
        criteria: [
          { kind: 'audit-question', id: 'step-q', title: 'Per step', causeFamily: 'man', element: 'P6', subElement: 'P6.3', perStep: true },
          { kind: 'audit-question', id: 'once', title: 'Once', causeFamily: 'method', element: 'P2' },
        ],
      },
    ],
  });
  if (!profile.success) throw profile.error;

  it('rejects steps on a question not answered per step, repeated steps, points that are no level, and two forms at once', () => {
    const parsed = parseEvidence(
      {
        supplier: { id: 's', name: 'CV Maju' },
        auditDate: '2026-11-19',
        entries: [
          { criterion: 'step-q', points: 8, steps: [{ step: 'OP10', points: 5 }, { step: 'OP10', points: 8 }] },
          { criterion: 'once', steps: [{ step: 'OP10', points: 8 }] },
        ],
      },
      { profile: profile.data },
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => [i.path, i.code])).toEqual([
      ['entries[0]', 'evidence_form'],
      ['entries[0].steps[0].points', 'not_a_level'],
      ['entries[0].steps[1].step', 'duplicate_step'],
      ['entries[1].steps', 'evidence_form'],
    ]);
  });
});
