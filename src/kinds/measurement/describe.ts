import { Decimal, decimalString } from '../../decimal.js';
import { largest } from '../../lists/largest.js';
import type { JsonValue } from '../../criteria/outcome.js';
import type { KindDescription } from '../reportWords.js';
import { RUN_RULES, runRuleMark, type RunRule } from '../../stats/runRules.js';

type Json = Readonly<Record<string, JsonValue>>;

/** How a report describes a measurement: what it requires and what the audit found, in the reader's language. */
export const measurementDescription: KindDescription = {
  required(required, w) {
    const share = w.text(required.requiredShare);
    const parts = [w.limits(required)];
    if (share && share !== '100') parts.push(w.say('required.share', { share: w.number(share) }));
    const capability = required.capability as Json | undefined;
    if (capability && typeof capability === 'object') {
      parts.push(w.say('required.capability', { index: w.indexLabel(capability.index), min: w.number(w.text(capability.min)) }));
      const stable = capability.stable as Json | undefined;
      if (stable && typeof stable === 'object' && Array.isArray(stable.rules)) {
        const rules = stable.rules.filter((rule): rule is RunRule => typeof rule === 'string' && (RUN_RULES as readonly string[]).includes(rule));
        parts.push(w.say('required.stable', { rules: rules.map(runRuleMark).join(' ') }));
      }
    }
    return parts.join('; ');
  },
  found(found, _required, w) {
    const n = w.text(found.n);
    if (!n || n === '0') return w.say('found.noValues');
    const { measured, measuredPlaces } = w.figures();
    const figure = (value: JsonValue | undefined) => (w.text(value) ? w.number(measured(w.text(value))) : '');
    // Without limits to go by, the mean gets one decimal more than the smallest and largest value.
    const meanPlaces = largest([found.min, found.max].map((v) => w.text(v).split('.')[1]?.length ?? 0)) + 1;
    const mean =
      measuredPlaces !== null || !w.text(found.mean) ? figure(found.mean) : w.number(decimalString(new Decimal(w.text(found.mean)).toDecimalPlaces(meanPlaces)));
    const base =
      n === '1'
        ? w.say('found.oneValue', { value: figure(found.min), unit: w.text(found.unit) })
        : w.say('found.values', { n: w.number(n), min: figure(found.min), max: figure(found.max), unit: w.text(found.unit), mean });
    const parts = [base];
    const out = w.text(found.outOfSpec);
    if (out && out !== '0') parts.push(w.say('found.outOfSpec', { out: w.number(out) }));
    const capability = found.capability as Json | undefined;
    if (capability && typeof capability === 'object' && capability.value !== undefined && capability.value !== null) {
      parts.push(
        w.say('found.capability', {
          index: w.indexLabel(capability.index),
          value: w.number(w.text(capability.value)),
          bound: capability.lowerBound === undefined || capability.lowerBound === null ? '' : w.number(w.text(capability.lowerBound)),
        }),
      );
    }
    return parts.join('; ');
  },
};
