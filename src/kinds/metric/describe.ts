import type { KindDescription } from '../reportWords.js';

/** How a report describes a metric: what it requires and what the audit found, in the reader's language. */
export const metricDescription: KindDescription = {
  required(required, w) {
    const unit = w.text(required.unit);
    const limit = w.number(w.text(required.limit));
    const base =
      required.direction === 'higher-is-better' ? w.say('required.atLeast', { value: limit, unit }) : w.say('required.atMost', { value: limit, unit });
    const target = w.text(required.target);
    return target ? `${base}; ${w.say('required.target', { target: w.number(target) })}` : base;
  },
  found(found, _required, w) {
    const unit = w.text(found.unit);
    return `${w.number(w.text(found.value))}${unit ? ` ${unit}` : ''}`;
  },
};
