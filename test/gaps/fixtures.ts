import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditThresholds } from '../../src/kinds/audit-question/schema.js';
import type { Criterion } from '../../src/criteria/criterion.js';
import { specLimits } from '../../src/kinds/measurement/schema.js';
import { addCalendarDays } from '../../src/dates/addCalendarDays.js';
import { decimalString } from '../../src/decimal.js';
import { passingEntry } from '../../src/testing/passingEvidence.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import type { Profile } from '../../src/schema/profile.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
export const readJson = (path: string): unknown => JSON.parse(readFileSync(root(path), 'utf8'));

/** The pump-injector example profile, parsed. */
export const pumpProfile: Profile = defineProfile(readJson('examples/pump-injector/profile.json'));
/** The three example suppliers' evidence. */
export const majuJaya = readJson('examples/pump-injector/evidence/maju-jaya.json') as { auditDate: string; entries: { criterion: string }[] };
export const sumberLogam = readJson('examples/pump-injector/evidence/sumber-logam.json') as { auditDate: string; entries: { criterion: string }[] };
export const injektorPresisi = readJson('examples/pump-injector/evidence/injektor-presisi.json') as { auditDate: string; entries: { criterion: string }[] };

/** Returns the criteria of a profile by id. */
export function criteriaOf(profile: Profile): Map<string, Criterion> {
  return new Map(profile.categories.flatMap((c) => c.criteria.map((criterion) => [criterion.id, criterion] as const)));
}

/** Returns a real evidence entry that fully meets a criterion (score 100, pass) on the audit date. */
export function metEntry(criterion: Criterion, auditDate: string): Record<string, unknown> {
  switch (criterion.kind) {
    case 'measurement': {
      // A capability (and stability) requirement needs the testing helper's capable values.
      if (criterion.capability) return passingEntry(criterion, auditDate);
      const { lsl, usl, nominal } = specLimits(criterion);
      const mid = nominal ?? (lsl && usl ? lsl.plus(usl).div(2) : (lsl ?? usl));
      return { criterion: criterion.id, values: Array(5).fill(decimalString(mid!)) };
    }
    case 'audit-question':
      return { criterion: criterion.id, points: auditThresholds(criterion).max };
    case 'certificate':
      return { criterion: criterion.id, standard: criterion.standard, expires: addCalendarDays(auditDate, (criterion.minRemainingDays ?? 0) + 400) };
    case 'metric':
      return { criterion: criterion.id, value: criterion.target ?? criterion.limit };
    case 'document':
      return { criterion: criterion.id, status: criterion.acceptedStatuses[0], date: auditDate };
    case 'check':
      return { criterion: criterion.id, value: criterion.expected };
    case 'attribute-inspection':
      return { criterion: criterion.id, lots: [{ lotSize: 1200, inspected: 1200, nonconforming: 0 }] };
    default:
      // Any other kind: the testing helper's passing entry, which every kind gives.
      return passingEntry(criterion, auditDate);
  }
}

/** Returns the evidence with the entries of the given criteria replaced by entries that meet them. */
export function withMet<E extends { auditDate: string; entries: readonly { criterion: string }[] }>(profile: Profile, evidence: E, ids: Iterable<string>): E {
  const criteria = criteriaOf(profile);
  const met = new Set(ids);
  return {
    ...evidence,
    entries: [
      ...evidence.entries.filter((entry) => !met.has(entry.criterion)),
      ...[...met].map((id) => metEntry(criteria.get(id)!, evidence.auditDate)),
    ],
  };
}
