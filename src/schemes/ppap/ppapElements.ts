import type { CauseFamily } from '../../schema/primitives.js';

/** S: submit to the customer and keep a copy; R: keep on file, available on request; *: keep on file, submit on request. */
export type PpapRequirement = 'S' | 'R' | '*';

/** The five PPAP submission levels. */
export type PpapLevel = 1 | 2 | 3 | 4 | 5;

/** One row of the PPAP retention/submission table. */
export interface PpapElement {
  /** `1`–`18`, `1a`, `1b`, or `bulk`. */
  readonly number: string;
  /** A stable key, used in criterion ids (`ppap-control-plan`). */
  readonly key: string;
  /** The element as the table names it. */
  readonly title: string;
  /** The name without its qualifier, for look-ups (`Dimensional Results`). */
  readonly name: string;
  readonly aliases: readonly string[];
  /** The requirement at levels 1 to 5. */
  readonly requirements: readonly [PpapRequirement, PpapRequirement, PpapRequirement, PpapRequirement, PpapRequirement];
  /** Required only where it applies ("if any", "if required", "if applicable", proprietary details). */
  readonly conditional: boolean;
  readonly causeFamily: CauseFamily;
}

const row = (
  number: string,
  key: string,
  title: string,
  name: string,
  levels: string,
  causeFamily: CauseFamily,
  options: { conditional?: boolean; aliases?: string[] } = {},
): PpapElement => ({
  number,
  key,
  title,
  name,
  aliases: options.aliases ?? [],
  requirements: levels.split(' ') as unknown as PpapElement['requirements'],
  conditional: options.conditional ?? false,
  causeFamily,
});

/**
 * The 18 elements of AIAG PPAP 4th edition (March 2006) and the bulk material checklist, with the
 * retention/submission requirement at each level exactly as the manual's table gives it (S submit,
 * R retain and make available, * retain and submit on request).
 *
 * @example
 * PPAP_ELEMENTS.find((e) => e.key === 'dimensional-results')?.requirements
 * //=> ['R', 'S', 'S', '*', 'R']
 */
export const PPAP_ELEMENTS: readonly PpapElement[] = [
  row('1', 'design-records', 'Design Records (of saleable product)', 'Design Records', 'R S S * R', 'method'),
  row('1a', 'design-records-proprietary', 'Design Records – for proprietary components/details', 'Design Records/proprietary', 'R R R * R', 'method', { conditional: true }),
  row('1b', 'design-records-other', 'Design Records – for all other components/details', 'Design Records/other', 'R S S * R', 'method'),
  row('2', 'engineering-change-documents', 'Engineering Change Documents, if any', 'Engineering Change Documents', 'R S S * R', 'method', { conditional: true }),
  row('3', 'customer-engineering-approval', 'Customer Engineering Approval, if required', 'Customer Engineering Approval', 'R R S * R', 'method', { conditional: true }),
  row('4', 'design-fmea', 'Design FMEA', 'Design FMEA', 'R R S * R', 'method', { aliases: ['DFMEA'] }),
  row('5', 'process-flow-diagrams', 'Process Flow Diagrams', 'Process Flow Diagrams', 'R R S * R', 'method'),
  row('6', 'process-fmea', 'Process FMEA', 'Process FMEA', 'R R S * R', 'method', { aliases: ['PFMEA'] }),
  row('7', 'control-plan', 'Control Plan', 'Control Plan', 'R R S * R', 'method'),
  row('8', 'msa-studies', 'Measurement System Analysis Studies', 'Measurement System Analysis Studies', 'R R S * R', 'measurement', { aliases: ['MSA'] }),
  row('9', 'dimensional-results', 'Dimensional Results', 'Dimensional Results', 'R S S * R', 'measurement'),
  row('10', 'material-performance-test-results', 'Material, Performance Test Results', 'Material, Performance Test Results', 'R S S * R', 'material'),
  row('11', 'initial-process-studies', 'Initial Process Studies', 'Initial Process Studies', 'R R S * R', 'machine'),
  row('12', 'qualified-laboratory-documentation', 'Qualified Laboratory Documentation', 'Qualified Laboratory Documentation', 'R S S * R', 'measurement'),
  row('13', 'appearance-approval-report', 'Appearance Approval Report (AAR), if applicable', 'Appearance Approval Report', 'S S S * R', 'method', { conditional: true, aliases: ['AAR'] }),
  row('14', 'sample-product', 'Sample Product', 'Sample Product', 'R S S * R', 'material'),
  row('15', 'master-sample', 'Master Sample', 'Master Sample', 'R R R * R', 'material'),
  row('16', 'checking-aids', 'Checking Aids', 'Checking Aids', 'R R R * R', 'measurement'),
  row('17', 'customer-specific-requirements', 'Records of Compliance with Customer-Specific Requirements', 'Records of Compliance with Customer-Specific Requirements', 'R R S * R', 'method', { aliases: ['Customer-Specific Requirements'] }),
  row('18', 'psw', 'Part Submission Warrant (PSW)', 'Part Submission Warrant', 'S S S S R', 'method', { aliases: ['PSW'] }),
  row('bulk', 'bulk-material-checklist', 'Bulk Material Requirements Checklist (bulk PPAP only)', 'Bulk Material Requirements Checklist', 'S S S S R', 'method', { conditional: true }),
];

/** A few element keys, for error sentences. */
export const PPAP_ELEMENT_EXAMPLES = '"control-plan", "msa-studies", "dimensional-results"';

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Returns the PPAP element a number (`9` or `'9'`, `'1a'`, `'bulk'`), key (`dimensional-results`), name
 * (`Dimensional Results`, `Design Records/other`), title or alias (`PSW`, `AAR`) names, case-insensitive;
 * undefined when none (or when `element` is neither a text nor a whole number).
 *
 * @example
 * ppapElement('PSW')?.number
 * //=> '18'
 */
export function ppapElement(element: string | number): PpapElement | undefined {
  if (typeof element === 'number') return Number.isSafeInteger(element) ? ppapElement(String(element)) : undefined;
  if (typeof element !== 'string') return undefined;
  const wanted = normal(element);
  return PPAP_ELEMENTS.find((e) => [e.number, e.key, e.name, e.title, ...e.aliases].some((text) => normal(text) === wanted));
}
