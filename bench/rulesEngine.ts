import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Profile } from '../src/index.js';
import { floatGrading } from './floatGrading.js';

/**
 * The peer engine: json-rules-engine running the screening profile's pass/fail rules. Every
 * criterion becomes a "pass" rule and, where it can be partly met, a "partial" rule, on facts
 * derived from the evidence (points, days remaining, status accepted, the figure, the answer). The
 * engine decides which criteria pass; weighing, knock-outs, rules and grade are then the same
 * double arithmetic as the float loop, so the comparison measures the engine's own work.
 */

type Row = Record<string, unknown>;

interface Spec {
  readonly id: string;
  readonly kind: string;
  readonly weight: number;
  readonly category: number;
  readonly critical: boolean;
  readonly major: boolean;
  readonly star: boolean;
  readonly partialScore: (facts: Row) => number;
  readonly derive: (entry: Row, at: number, facts: Row) => void;
}

function day(text: string): number {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / 86_400_000;
}

const all = (...conditions: Array<{ fact: string; operator: string; value: unknown }>) => ({ all: conditions }) as unknown as TopLevelCondition;
const fact = (name: string, operator: string, value: unknown) => ({ fact: name, operator, value });

/** A json-rules-engine evaluator for the screening profile: decision code, score and grade per record. */
export interface RulesEngineScreen {
  readonly rules: number;
  run(evidence: Row): Promise<{ decision: number; score: number; grade: number }>;
}

/**
 * Returns a json-rules-engine evaluator of a parsed profile made of audit questions, certificates,
 * metrics, documents and checks, with its rule set generated from the profile.
 *
 * @example
 * (await rulesEngineScreen(profile).run(evidence)).decision
 * //=> 1
 */
export function rulesEngineScreen(profile: Profile): RulesEngineScreen {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const specs: Spec[] = [];
  const index = new Map<string, number>();
  const rules: RuleProperties[] = [];
  profile.categories.forEach((category, k) => {
    for (const c of category.criteria) {
      const i = specs.length;
      index.set(c.id, i);
      const base = { id: c.id, kind: c.kind, weight: Number(c.weight), category: k, critical: c.severity === 'critical', major: c.severity === 'major', star: c.kind === 'audit-question' && c.star };
      const pass = (conditions: TopLevelCondition) => rules.push({ conditions, event: { type: 'pass', params: { i } }, name: `${c.id} passes` });
      const partial = (conditions: TopLevelCondition) => rules.push({ conditions, event: { type: 'partial', params: { i } }, name: `${c.id} partly met` });
      if (c.kind === 'audit-question') {
        const levels = [...c.levels].sort((a, b) => a - b);
        const max = levels[levels.length - 1] as number;
        const passPoints = c.passPoints ?? max;
        const failBelow = c.failBelow ?? (levels[1] as number);
        pass(all(fact(c.id, 'greaterThanInclusive', passPoints)));
        partial(all(fact(c.id, 'greaterThanInclusive', failBelow), fact(c.id, 'lessThan', passPoints)));
        specs.push({
          ...base,
          partialScore: (facts) => ((facts[c.id] as number) / max) * 100,
          derive: (entry, _at, facts) => {
            const results = entry.results as number[] | undefined;
            const points = results ? Math.round((results.reduce((a, b) => a + b, 0) / results.length) * 100) / 100 : (entry.points as number);
            facts[c.id] = points;
            facts[`${c.id}:least`] = results ? Math.min(...results) : points;
          },
        });
      } else if (c.kind === 'certificate') {
        const accepted = [c.standard, ...c.alsoAccepted].map((s) => s.toUpperCase());
        const window = c.minRemainingDays ?? 0;
        pass(all(fact(`${c.id}:accepted`, 'equal', true), fact(`${c.id}:remaining`, 'greaterThanInclusive', window)));
        partial(all(fact(`${c.id}:accepted`, 'equal', true), fact(`${c.id}:remaining`, 'greaterThanInclusive', 0), fact(`${c.id}:remaining`, 'lessThan', window)));
        const expiring = Number(c.expiringScore);
        specs.push({
          ...base,
          partialScore: () => expiring,
          derive: (entry, at, facts) => {
            const held = (entry.standard as string).toUpperCase();
            facts[`${c.id}:accepted`] = accepted.some((want) => held === want || held.split(':')[0] === want);
            facts[`${c.id}:remaining`] = day(entry.expires as string) - at;
          },
        });
      } else if (c.kind === 'metric') {
        const higher = c.direction === 'higher-is-better';
        const limit = Number(c.limit);
        const scale = c.unit === 'ppm' ? 1e6 : c.unit === '%' ? 100 : 1;
        const better = (a: number, b: number) => (higher ? a - b : b - a);
        const meets = higher ? 'greaterThanInclusive' : 'lessThanInclusive';
        const worse = higher ? 'lessThan' : 'greaterThan';
        const bands = c.bands ? c.bands.map((b) => [Number(b.bound), Number(b.score)] as const).sort((a, b) => b[1] - a[1]) : null;
        const target = c.target === undefined ? null : Number(c.target);
        const top = bands ? (bands[0] as readonly [number, number]) : null;
        if (bands && top) {
          pass(all(fact(c.id, meets, top[0])));
          partial(all(fact(c.id, meets, limit), fact(c.id, worse, top[0])));
        } else if (target !== null) {
          pass(all(fact(c.id, meets, target)));
          partial(all(fact(c.id, meets, limit), fact(c.id, worse, target)));
        } else pass(all(fact(c.id, meets, limit)));
        const atLimit = Number(c.scoreAtLimit);
        specs.push({
          ...base,
          partialScore: (facts) => {
            const v = facts[c.id] as number;
            if (bands) {
              for (const [bound, score] of bands) if (better(v, bound) >= 0) return score;
              return 0;
            }
            return atLimit + ((100 - atLimit) * better(v, limit)) / better(target as number, limit);
          },
          derive: (entry, _at, facts) => {
            facts[c.id] = entry.value !== undefined ? Number(entry.value) : (Number(entry.numerator) * scale) / Number(entry.denominator);
          },
        });
      } else if (c.kind === 'document') {
        const statuses = c.acceptedStatuses.map((s) => s.toLowerCase());
        const conditions = [fact(`${c.id}:accepted`, 'equal', true), fact(`${c.id}:age`, 'greaterThanInclusive', 0)];
        if (c.maxAgeDays !== undefined) conditions.push(fact(`${c.id}:age`, 'lessThanInclusive', c.maxAgeDays));
        pass(all(...conditions));
        specs.push({
          ...base,
          partialScore: () => 0,
          derive: (entry, at, facts) => {
            facts[`${c.id}:accepted`] = statuses.includes((entry.status as string).trim().toLowerCase());
            facts[`${c.id}:age`] = entry.date === undefined ? (c.maxAgeDays === undefined ? 0 : -1) : at - day(entry.date as string);
          },
        });
      } else if (c.kind === 'check') {
        pass(all(fact(c.id, 'equal', c.expected)));
        specs.push({ ...base, partialScore: () => 0, derive: (entry, _at, facts) => void (facts[c.id] = entry.value) });
      } else throw new Error(`The rules-engine comparison covers screening kinds only, not ${c.kind}`);
    }
  });
  for (const rule of rules) engine.addRule(rule);
  const n = specs.length;
  const grading = floatGrading(profile);

  return {
    rules: rules.length,
    async run(evidence: Row) {
      const at = day(evidence.auditDate as string);
      const facts: Row = {};
      const present = new Int8Array(n);
      for (const entry of evidence.entries as Row[]) {
        const i = index.get(entry.criterion as string);
        if (i === undefined) continue;
        present[i] = entry.notApplicable === true ? 2 : 1;
        if (present[i] === 1) (specs[i] as Spec).derive(entry, at, facts);
      }
      const { events } = await engine.run(facts);
      const status = new Int8Array(n).fill(2);
      for (const event of events) status[(event.params as { i: number }).i] = event.type === 'pass' ? 0 : 1;
      const sums = new Float64Array(grading.categories);
      const weights = new Float64Array(grading.categories);
      let missing = false;
      let knockOut = false;
      const failedMajor: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = specs[i] as Spec;
        if (present[i] === 0) status[i] = 4;
        if (present[i] === 2) status[i] = 3;
        if (status[i] === 4) missing = true;
        if (status[i] === 2 && s.critical) knockOut = true;
        if (status[i] === 2 && s.major) failedMajor.push(i);
        if (status[i] === 3) continue;
        const score = status[i] === 0 ? 100 : status[i] === 1 ? s.partialScore(facts) : 0;
        sums[s.category] = (sums[s.category] as number) + s.weight * score;
        weights[s.category] = (weights[s.category] as number) + s.weight;
      }
      const graded = grading.grade(sums, weights, knockOut);
      const score = graded.score;
      let grade = graded.grade;
      let cap = graded.cap;
      for (const rule of profile.rules) {
        const when = rule.when;
        if (when.type !== 'criteria') continue;
        let count = 0;
        for (let i = 0; i < n; i++) {
          const s = specs[i] as Spec;
          if (when.star !== undefined && s.star !== when.star) continue;
          if (when.severity && !(s.major ? when.severity.includes('major') : s.critical ? when.severity.includes('critical') : when.severity.includes('minor'))) continue;
          if (when.status && !(status[i] === 2 && when.status.includes('fail'))) continue;
          if (when.pointsAtMost !== undefined && !(present[i] === 1 && s.kind === 'audit-question' && (facts[`${s.id}:least`] as number) <= when.pointsAtMost)) continue;
          count++;
        }
        if (count < when.atLeast) continue;
        if (rule.then.capGrade) grade = Math.max(grade, profile.grades.findIndex((g) => g.grade === rule.then.capGrade));
        if (rule.then.capDecision) cap = Math.max(cap, rule.then.capDecision === 'rejected' ? 2 : 1);
      }
      let decision = Math.max(grading.decisionOf[grade] as number, cap);
      if (missing && cap < 2) decision = 3;
      return { decision, score, grade };
    },
  };
}
