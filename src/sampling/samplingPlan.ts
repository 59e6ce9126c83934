import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { decimalString, toDecimal } from '../decimal.js';
import { AQL_VALUES } from './aqlValues.js';
import { INSPECTION_LEVELS } from './codeLetterTable.js';
import { acceptRejectWords, formatCount } from './format.js';
import { masterTableFor } from './masterTableFor.js';
import { resolveMasterTableCell } from './resolveMasterTableCell.js';
import { codeLetterFor } from './sampleSizeCodeLetter.js';
import {
  editionSchema,
  inspectionSchema,
  type Edition,
  type Inspection,
  type InspectionLevel,
  type SamplingPlan,
  type SamplingPlanRequest,
} from './schemas.js';
import { checkAql, checkKnownKeys, checkOneOf, checkWholeNumber, isRecord, typeName } from './validation.js';

const REQUEST_KEYS = ['lotSize', 'aql', 'level', 'inspection', 'edition'] as const;

/** Why ISO 2859-1:1999 reduced plans are not shipped (the catalogues word it in each language). */
export const REDUCED_NOT_SHIPPED = {
  reason: 'its reduced plans have no gap between Ac and Re, so they differ from the ANSI/ASQ Z1.4 plans shipped here',
};

/**
 * Returns the single sampling plan for attributes for a lot: Table I gives the code letter for the lot
 * size and inspection level; the master table of the severity gives Ac and Re at the AQL, following an
 * arrow to the first plan below (↓) or above (↑), and the sample size of the row finally used. When
 * that sample size is not smaller than the lot, every unit is inspected (100 % inspection) and the
 * acceptance and rejection numbers stay as printed.
 *
 * Sources: ISO 2859-1:1999 Table 1 and Tables 2-A (normal), 2-B (tightened); ANSI/ASQ Z1.4-2003
 * Tables I, II-A, II-B, II-C (reduced). Normal and tightened plans are identical in both editions.
 * Reduced plans are shipped only for `edition: 'ANSI/ASQ Z1.4-2003'` (MIL-STD-105E Table II-C, with a
 * gap between Ac and Re); asking for ISO 2859-1:1999 reduced inspection throws a `ValidationError`
 * (code `edition_not_shipped`), because that table has not been verified.
 *
 * Throws a `ValidationError` listing every problem: lot size not a whole number of at least 2, an AQL
 * that is not a column (0.010 to 10; matched by decimal value, so 1, '1' and '1.0' are the same), an
 * unknown level, severity or edition, an unknown field.
 *
 * @example
 * samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II' })
 * //=> { edition: 'ISO 2859-1:1999', inspection: 'normal', level: 'II', lotSize: 1200, aql: '1',
 * //     codeLetter: 'J', planLetter: 'J', tableSampleSize: 80, sampleSize: 80, acceptanceNumber: 2,
 * //     rejectionNumber: 3, arrow: 'none', hundredPercent: false,
 * //     explanation: 'Lot 1,200 at level II gives code letter J; normal inspection at AQL 1.0: inspect 80, accept with 2 or fewer nonconforming, reject with 3 or more.' }
 */
export function samplingPlan(request: SamplingPlanRequest): SamplingPlan {
  const issues: ValidationIssue[] = [];
  if (!isRecord(request)) {
    issues.push(createIssue('invalid_type', [], { expected: 'an object', received: typeName(request) }));
    throw new ValidationError(issues, 'sampling plan request');
  }
  checkKnownKeys(request, REQUEST_KEYS, [], issues);
  const lotOk = checkWholeNumber(request.lotSize, 2, ['lotSize'], issues);
  const column = checkAql(request.aql, ['aql'], issues);
  const levelOk = checkOneOf(request.level, INSPECTION_LEVELS, ['level'], issues);
  const inspection: unknown = request.inspection ?? 'normal';
  const edition: unknown = request.edition ?? 'ISO 2859-1:1999';
  const inspectionOk = checkOneOf(inspection, inspectionSchema.options, ['inspection'], issues);
  const editionOk = checkOneOf(edition, editionSchema.options, ['edition'], issues);
  if (inspectionOk && editionOk && masterTableFor(inspection, edition) === null) {
    issues.push(
      createIssue('edition_not_shipped', ['inspection'], {
        inspection: 'reduced',
        edition,
        alternative: 'ANSI/ASQ Z1.4-2003',
        ...REDUCED_NOT_SHIPPED,
      }),
    );
  }
  if (issues.length > 0 || !lotOk || !levelOk || !inspectionOk || !editionOk || column < 0) {
    throw new ValidationError(issues, 'sampling plan request');
  }
  return planFor(request.lotSize, column, request.level, inspection, edition);
}

/** The lookup for input already checked. */
function planFor(
  lotSize: number,
  column: number,
  level: InspectionLevel,
  inspection: Inspection,
  edition: Edition,
): SamplingPlan {
  const table = masterTableFor(inspection, edition);
  if (table === null) throw new Error(`no ${inspection} table for ${edition}`);
  const codeLetter = codeLetterFor(lotSize, level);
  const cell = resolveMasterTableCell(table, codeLetter, column);
  const hundredPercent = cell.sampleSize >= lotSize;
  const sampleSize = hundredPercent ? lotSize : cell.sampleSize;
  const aqlLabel = AQL_VALUES[column] as string;

  const arrowWords =
    cell.arrow === 'none' ? '' : `, following the arrow ${cell.arrow} to letter ${cell.planLetter}`;
  const inspectWords = hundredPercent
    ? `the plan's sample size ${formatCount(cell.sampleSize)} is not smaller than the lot, so inspect all ${formatCount(lotSize)} units (100 % inspection)`
    : `inspect ${formatCount(sampleSize)}`;
  const explanation =
    `Lot ${formatCount(lotSize)} at level ${level} gives code letter ${codeLetter}; ` +
    `${inspection} inspection at AQL ${aqlLabel}${arrowWords}: ${inspectWords}, ` +
    `${acceptRejectWords(cell.acceptanceNumber, cell.rejectionNumber)}.`;

  return {
    edition,
    inspection,
    level,
    lotSize,
    aql: decimalString(toDecimal(aqlLabel)),
    codeLetter,
    planLetter: cell.planLetter,
    tableSampleSize: cell.sampleSize,
    sampleSize,
    acceptanceNumber: cell.acceptanceNumber,
    rejectionNumber: cell.rejectionNumber,
    arrow: cell.arrow,
    hundredPercent,
    explanation,
  };
}
