import type { Profile } from '../src/index.js';
import { floatGrading } from './floatGrading.js';

/**
 * The practical limit: a hand-written plain-JavaScript evaluation of the screening profile in
 * doubles, with no validation at all. It reads the same parsed profile (criteria, weights, limits,
 * rules, grades) and the same evidence objects, decides every criterion, weighs and rounds the score
 * with `Math.round`, applies the knock-out, category-minimum and profile rules and gives decision,
 * score and grade. What it skips is what makes `screen` exact and safe: checking the evidence,
 * deciding values next to a limit exactly, rounding the score exactly.
 */

type Row = Record<string, unknown>;

interface Spec {
  kind: number;
  weight: number;
  category: number;
  critical: boolean;
  major: boolean;
  star: boolean;
  // audit
  max: number;
  pass: number;
  failBelow: number;
  // certificate
  standards: string[];
  window: number;
  expiring: number;
  // metric
  higher: boolean;
  limit: number;
  target: number;
  atLimit: number;
  scale: number;
  bands: Array<[number, number]> | null;
  // document
  statuses: string[];
  maxAge: number;
  // check
  expected: boolean;
}

const KINDS: Record<string, number> = { 'audit-question': 0, certificate: 1, metric: 2, document: 3, check: 4 };

function day(text: string): number {
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** A compiled float evaluator for a profile: returns [decision code, score, grade index] per record. */
export interface FloatLoop {
  (evidence: Row): { decision: number; score: number; grade: number };
}

/**
 * Returns a hand-written float evaluator for a parsed profile made of audit questions, certificates,
 * metrics, documents and checks.
 *
 * @example
 * floatLoop(profile)(evidence).decision
 * //=> 1
 */
export function floatLoop(profile: Profile): FloatLoop {
  const specs: Spec[] = [];
  const index = new Map<string, number>();
  profile.categories.forEach((category, k) => {
    for (const c of category.criteria) {
      const levels = c.kind === 'audit-question' ? [...c.levels].sort((a, b) => a - b) : [];
      index.set(c.id, specs.length);
      specs.push({
        kind: KINDS[c.kind] ?? -1,
        weight: Number(c.weight),
        category: k,
        critical: c.severity === 'critical',
        major: c.severity === 'major',
        star: c.kind === 'audit-question' && c.star,
        max: levels[levels.length - 1] ?? 0,
        pass: c.kind === 'audit-question' ? (c.passPoints ?? levels[levels.length - 1] ?? 0) : 0,
        failBelow: c.kind === 'audit-question' ? (c.failBelow ?? levels[1] ?? 0) : 0,
        standards: c.kind === 'certificate' ? [c.standard, ...c.alsoAccepted].map((s) => s.toUpperCase()) : [],
        window: c.kind === 'certificate' ? (c.minRemainingDays ?? 0) : 0,
        expiring: c.kind === 'certificate' ? Number(c.expiringScore) : 0,
        higher: c.kind === 'metric' && c.direction === 'higher-is-better',
        limit: c.kind === 'metric' ? Number(c.limit) : 0,
        target: c.kind === 'metric' && c.target !== undefined ? Number(c.target) : NaN,
        atLimit: c.kind === 'metric' ? Number(c.scoreAtLimit) : 0,
        scale: c.kind === 'metric' ? (c.unit === 'ppm' ? 1e6 : c.unit === '%' ? 100 : 1) : 1,
        bands: c.kind === 'metric' && c.bands ? c.bands.map((b) => [Number(b.bound), Number(b.score)] as [number, number]).sort((a, b) => b[1] - a[1]) : null,
        statuses: c.kind === 'document' ? c.acceptedStatuses.map((s) => s.toLowerCase()) : [],
        maxAge: c.kind === 'document' ? (c.maxAgeDays ?? Infinity) : Infinity,
        expected: c.kind === 'check' ? c.expected : true,
      });
    }
  });
  const n = specs.length;
  const grading = floatGrading(profile);
  const rules = profile.rules;
  const status = new Int8Array(n); // 0 pass, 1 partial, 2 fail, 3 n/a, 4 missing
  const score = new Float64Array(n);
  const least = new Float64Array(n);
  const sums = new Float64Array(grading.categories);
  const weights = new Float64Array(grading.categories);

  return (evidence: Row) => {
    status.fill(4);
    score.fill(0);
    least.fill(Infinity);
    const at = day(evidence.auditDate as string);
    for (const entry of evidence.entries as Row[]) {
      const i = index.get(entry.criterion as string);
      if (i === undefined) continue;
      const s = specs[i] as Spec;
      if (entry.notApplicable === true) {
        status[i] = 3;
        continue;
      }
      let st = 2;
      let sc = 0;
      switch (s.kind) {
        case 0: {
          const results = entry.results as number[] | undefined;
          const points = results ? Math.round((results.reduce((a, b) => a + b, 0) / results.length) * 100) / 100 : (entry.points as number);
          least[i] = results ? Math.min(...results) : points;
          sc = (points / s.max) * 100;
          st = points >= s.pass ? 0 : points < s.failBelow ? 2 : 1;
          break;
        }
        case 1: {
          const held = (entry.standard as string).toUpperCase();
          const ok = s.standards.some((want) => held === want || held.split(':')[0] === want);
          const remaining = day(entry.expires as string) - at;
          if (!ok || remaining < 0) break;
          if (remaining < s.window) {
            st = 1;
            sc = s.expiring;
          } else {
            st = 0;
            sc = 100;
          }
          break;
        }
        case 2: {
          const v = entry.value !== undefined ? Number(entry.value) : (Number(entry.numerator) * s.scale) / Number(entry.denominator);
          const better = (a: number, b: number) => (s.higher ? a - b : b - a);
          if (better(v, s.limit) < 0) break;
          if (s.bands) {
            sc = 0;
            for (const [bound, bandScore] of s.bands) {
              if (better(v, bound) >= 0) {
                sc = bandScore;
                break;
              }
            }
          } else if (Number.isNaN(s.target) || better(v, s.target) >= 0) sc = 100;
          else sc = s.atLimit + ((100 - s.atLimit) * better(v, s.limit)) / better(s.target, s.limit);
          st = sc >= 100 ? 0 : 1;
          break;
        }
        case 3: {
          const accepted = s.statuses.includes((entry.status as string).trim().toLowerCase());
          const date = entry.date as string | undefined;
          const age = date === undefined ? NaN : at - day(date);
          if (accepted && !(age < 0) && (s.maxAge === Infinity || age <= s.maxAge)) {
            st = 0;
            sc = 100;
          }
          break;
        }
        case 4:
          if (entry.value === s.expected) {
            st = 0;
            sc = 100;
          }
          break;
      }
      status[i] = st;
      score[i] = sc;
    }
    sums.fill(0);
    weights.fill(0);
    let missing = false;
    let knockOut = false;
    for (let i = 0; i < n; i++) {
      const s = specs[i] as Spec;
      if (status[i] === 4) missing = true;
      if (status[i] === 2 && s.critical) knockOut = true;
      if (status[i] === 3) continue;
      sums[s.category] = (sums[s.category] as number) + s.weight * (score[i] as number);
      weights[s.category] = (weights[s.category] as number) + s.weight;
    }
    const graded = grading.grade(sums, weights, knockOut);
    const rounded = graded.score;
    let grade = graded.grade;
    let decisionCap = graded.cap;
    for (const rule of rules) {
      const when = rule.when;
      if (when.type !== 'criteria') continue;
      let count = 0;
      for (let i = 0; i < n; i++) {
        const s = specs[i] as Spec;
        if (when.star !== undefined && s.star !== when.star) continue;
        if (when.severity && !(s.major ? when.severity.includes('major') : s.critical ? when.severity.includes('critical') : when.severity.includes('minor'))) continue;
        if (when.status && !(status[i] === 2 && when.status.includes('fail'))) continue;
        if (when.pointsAtMost !== undefined && !((least[i] as number) <= when.pointsAtMost)) continue;
        count++;
      }
      if (count < when.atLeast) continue;
      if (rule.then.capGrade) grade = Math.max(grade, profile.grades.findIndex((g) => g.grade === rule.then.capGrade));
      if (rule.then.capDecision) decisionCap = Math.max(decisionCap, rule.then.capDecision === 'rejected' ? 2 : 1);
    }
    let decision = Math.max(grading.decisionOf[grade] as number, decisionCap);
    if (missing && decisionCap < 2) decision = 3;
    return { decision, score: rounded, grade };
  };
}
