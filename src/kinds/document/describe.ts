import type { KindDescription } from '../reportWords.js';

/** How a report describes a document: what it requires and what the audit found, in the reader's language. */
export const documentDescription: KindDescription = {
  required(required, w) {
    const statuses = Array.isArray(required.acceptedStatuses) ? required.acceptedStatuses.map((value) => w.text(value)) : [];
    const document = w.text(required.document);
    const base = w.say('required.document', { document: document ? `${document}: ` : '', statuses: statuses.join(w.say('required.or')) });
    const days = w.text(required.maxAgeDays);
    return days ? `${base}; ${w.say('required.maxAge', { days: w.number(days) })}` : base;
  },
  found(found, _required, w) {
    const base = w.say('found.document', { status: w.text(found.status) });
    const date = w.text(found.date);
    return date ? `${base}, ${w.say('found.dated', { date: w.date(date) })}` : base;
  },
};
