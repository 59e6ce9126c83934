import type { KindDescription } from '../reportWords.js';

/** How a report describes a gauge study: what it requires and what the audit found, in the reader's language. */
export const gaugeStudyDescription: KindDescription = {
  required(required, w) {
    return w.say('required.gauge', { basis: w.say(required.basis === 'tolerance' ? 'gauge.tolerance' : 'gauge.studyVariation'), acceptable: w.number(w.text(required.acceptable)), conditional: w.number(w.text(required.conditional)), ndc: w.number(w.text(required.minimumCategories)) });
  },
  found(found, _required, w) {
    return w.say('found.gauge', { percent: w.number(w.text(found.percent)), ndc: w.number(w.text(found.ndc)) });
  },
};
