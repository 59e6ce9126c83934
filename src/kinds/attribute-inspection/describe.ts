import type { JsonValue } from '../../criteria/outcome.js';
import type { KindDescription } from '../reportWords.js';

type Json = Readonly<Record<string, JsonValue>>;

/** How a report describes an attribute inspection: what it requires and what the audit found, in the reader's language. */
export const attributeInspectionDescription: KindDescription = {
  required(required, w) {
    return w.say('required.inspection', {
      aql: w.number(w.text(required.aql)),
      level: w.text(required.level),
      inspection: w.inspection(w.text(required.inspection)),
      edition: w.text(required.edition),
    });
  },
  found(found, _required, w) {
    const base = w.say('found.lots', { accepted: w.number(w.text(found.accepted)), lots: w.number(w.text(found.judged)) });
    const switching = found.switching as Json | undefined;
    const state = switching && typeof switching === 'object' ? w.text(switching.state) : '';
    return state ? `${base}; ${w.say('found.inspectionNow', { state: w.inspection(state) })}` : base;
  },
};
