import type { KindDescription } from '../reportWords.js';

/** How a report describes a yes/no check: what it requires and what the audit found, in the reader's language. */
export const checkDescription: KindDescription = {
  required(required, w) {
    return w.say(required.expected === false ? 'answer.no' : 'answer.yes');
  },
  found(found, _required, w) {
    return w.say(found.value === true ? 'answer.yes' : 'answer.no');
  },
};
