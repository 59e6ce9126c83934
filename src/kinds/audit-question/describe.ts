import type { KindDescription } from '../reportWords.js';

/** How a report describes an audit question: what it requires and what the audit found, in the reader's language. */
export const auditQuestionDescription: KindDescription = {
  required(required, w) {
    return w.say('required.points', { pass: w.number(w.text(required.passPoints)), max: w.number(w.text(required.maxPoints)) });
  },
  found(found, required, w) {
    const base = w.say('found.points', { points: w.number(w.text(found.points)), max: w.number(w.text(required.maxPoints)) });
    const results = Array.isArray(found.results) ? found.results.map((r) => w.number(w.text(r))).join(', ') : '';
    return results ? `${base} ${w.say('found.results', { results })}` : base;
  },
};
