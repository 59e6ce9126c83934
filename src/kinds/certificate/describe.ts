import type { KindDescription } from '../reportWords.js';

/** How a report describes a certificate: what it requires and what the audit found, in the reader's language. */
export const certificateDescription: KindDescription = {
  required(required, w) {
    const also = Array.isArray(required.alsoAccepted) ? required.alsoAccepted.map((value) => w.text(value)) : [];
    const standards = [w.text(required.standard), ...also].join(w.say('required.or'));
    const base = w.say('required.certificate', { standards, date: w.date(w.text(required.validOn)) });
    const days = w.text(required.minRemainingDays);
    return days ? `${base}; ${w.say('required.remaining', { days: w.number(days) })}` : base;
  },
  found(found, _required, w) {
    return w.say('found.certificate', { standard: w.text(found.standard), expires: w.date(w.text(found.expires)) });
  },
};
