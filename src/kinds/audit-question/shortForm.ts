import type { ShortForm } from '../sheetCells.js';
import type { AuditQuestionCriterion } from './schema.js';

/** How a cell of a supplier row holds an entry of this kind (docs/sheets.md, "A supplier per row"): read and written. */
export const auditQuestionShortForm: ShortForm<AuditQuestionCriterion> = {
  read: (criterion, { cell, text, tokens, dates }, c) => {
    if (c.notApplicable(text) && text !== '') return { criterion: criterion.id, notApplicable: true };
    if (tokens.length > 1) return { criterion: criterion.id, results: tokens.map((item) => c.integer(item)) };
    return { criterion: criterion.id, points: c.integer(cell, dates) };
  },
  carries: ['criterion', 'points', 'results', 'notApplicable'],
  write: (entry, refuse) => {
    const given = ['points', 'results', 'notApplicable'].filter((key) => entry[key] !== undefined);
    if (given.length > 1) refuse([given[1] as string], 'field');
    if (entry.notApplicable === true) return 'n/a';
    if (entry.notApplicable === false) refuse(['notApplicable'], 'field');
    if (Array.isArray(entry.results)) return entry.results.length === 1 ? (refuse(['results'], 'field'), '') : entry.results.join(' ');
    return entry.points as number;
  },
};
