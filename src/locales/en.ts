/**
 * The English catalogue: every sentence and phrase the library and its command line write, in tables
 * keyed by code. `issueSentencesEn` words the problems found in input, `explanationsEn` the
 * explanations, reasons and rules of an evaluation, `reportPhrasesEn` the fixed phrases of the reports,
 * `lintSentencesEn` the warnings about a valid profile, `cliSentencesEn` the command line's own
 * sentences and `cliHelpEn` its help. The Indonesian catalogue (id.ts) has the same keys. The tables
 * import nothing, so every layer of the library can word its results from them.
 */

/** Parameters of an issue or a lint warning: texts and numbers. */
type Params = Readonly<Record<string, string | number>>;
/** Parameters of an explanation or a report phrase: texts (numbers already as canonical decimals). */
type P = Readonly<Record<string, string>>;
type Sentence = (p: Params) => string;

const plural = (n: string | undefined, one: string, many: string) => (n === '1' ? one : many);
export const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Why a tabular form cannot carry a value (`form_cannot_carry`). */
const FORM_REASONS_EN: Readonly<Record<string, string>> = {
  whitespace: 'white space at the start or end of a text',
  empty: 'an empty text',
  separator: 'a comma, semicolon, colon or line break in a list item',
  empty_object: 'an empty object',
  field: 'a field without a column',
};

/** The dates derived from a date, by the name `date_out_of_range` gives them. */
const derivedDatesEn: Readonly<Record<string, string>> = {
  reauditDue: 'the re-audit due date',
  issued: "the fixture certificate's issue date",
  expires: "the fixture certificate's expiry date",
};

/** The sentence of `date_out_of_range`: a date, or a date derived from it, outside the years 0001 to 9999. */
function dateOutOfRangeEn(p: Params): string {
  if (p.days === undefined) return `The date ${p.value} lies outside the years 0001 to 9999.`;
  const days = Number(p.days);
  const [side, limit] = days < 0 ? ['before', '0001-01-01'] : ['after', '9999-12-31'];
  const what = Object.prototype.hasOwnProperty.call(derivedDatesEn, String(p.derived)) ? (derivedDatesEn[String(p.derived)] as string) : `the date derived from ${p.value}`;
  return `${capitalized(what)}, ${Math.abs(days)} days ${side} ${p.value}, would lie ${side} ${limit}: dates must lie in the years 0001 to 9999.`;
}

/**
 * The sentence for every issue code. Each entry takes the issue's parameters and returns a plain
 * sentence without the path (the path is shown beside it).
 */
export const issueSentencesEn = {
  invalid_type: (p: Params) => `Expected ${p.expected}, got ${p.received}.`,
  required: (p: Params) => `This value is required${p.given ? ` (found "${p.given}": did you mean "${p.field}"?)` : ''}.`,
  too_small: (p: Params) => `Must be at least ${p.minimum}${p.unit ? ` ${p.unit}` : ''}.`,
  too_big: (p: Params) => `Must be at most ${p.maximum}${p.unit ? ` ${p.unit}` : ''}.`,
  invalid_value: (p: Params) => `Must be one of: ${p.options}${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`,
  unrecognized_key: (p: Params) =>
    `Unknown field "${p.key}"${p.kinds ? ` for a criterion of kind "${p.kind}" (a field of ${p.kinds} criteria)` : ''}${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`,
  invalid_decimal: (p: Params) => `"${p.value}" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).`,
  invalid_date: (p: Params) => `"${p.value}" is not a calendar date in the form YYYY-MM-DD.`,
  date_out_of_range: dateOutOfRangeEn,
  unit_unknown: (p: Params) => `Unit "${p.from}" cannot be converted to "${p.to}": "${p.unit}" is not a known unit${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`,
  unit_incompatible: (p: Params) =>
    `Unit "${p.from}" cannot be converted to "${p.to}": they measure different quantities (${p.fromQuantity}, ${p.toQuantity}).`,
  id_whitespace: () => 'An identifier must not start or end with white space.',
  out_of_range: (p: Params) => `Must lie between ${p.minimum} and ${p.maximum}.`,
  too_few_items: (p: Params) => `Needs at least ${p.minimum} item${p.minimum === '1' ? '' : 's'}.`,
  too_many_items: (p: Params) => `Allows at most ${p.maximum} items.`,
  empty_text: () => 'Must not be empty.',
  too_short: (p: Params) => `Must be at least ${p.minimum} characters long.`,
  too_long: (p: Params) => `Must be at most ${p.maximum} characters long.`,
  duplicate_id: (p: Params) => `The id "${p.id}" is already used at ${p.first}; ids must be unique in the profile.`,
  limits_missing: () => 'Give at least one specification limit: nominal with tolerance, nominal with upper/lower deviation, or lsl and/or usl.',
  limits_ambiguous: () => 'Give the limits one way only: tolerance, deviations, or lsl/usl.',
  not_finite: (p: Params) => `Expected a finite number, got ${p.value}.`,
  too_few_values: (p: Params) => `Needs at least ${p.minimum} values, got ${p.count}.`,
  limits_out_of_order: (p: Params) => `The lower limit ${p.lsl} must be below the upper limit ${p.usl}.`,
  partial_share_order: (p: Params) => `The share where partial credit starts (${p.partial} %) must be below the required share (${p.required} %).`,
  duplicate_level: () => 'Point levels must not repeat.',
  not_a_level: (p: Params) => `${p.points} is not one of the allowed point levels (${p.levels}).`,
  target_worse_than_limit: (p: Params) => `The target ${p.target} is worse than the pass limit ${p.limit} (${p.direction}).`,
  bands_and_target: () => 'Give either a target (linear scoring) or bands, not both.',
  weights_zero: () => 'The weights here add up to 0; at least one must be positive.',
  no_weight: () => 'No criterion in a weighted category carries weight, so every score would be 0; give at least one of them a positive weight.',
  grade_bands_order: (p: Params) => `Grade bands must be listed best first with falling minimum scores; "${p.grade}" (${p.min}) is out of order.`,
  grade_bands_cover: () => 'The lowest grade band must start at 0 so that every score gets a grade.',
  grade_decisions_order: (p: Params) =>
    `The grade "${p.grade}" leads to the decision "${p.decision}", better than "${p.better}" of the higher grade "${p.higher}"; a lower grade must not lead to a better decision.`,
  duplicate_grade: (p: Params) => `The grade "${p.grade}" is listed twice.`,
  unknown_grade: (p: Params) => `"${p.grade}" is not one of the profile's grades (${p.grades}).`,
  unknown_criterion: (p: Params) => `No criterion with the id "${p.id}" exists in the profile${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`,
  wrong_kind: (p: Params) => `The criterion "${p.id}" is a ${p.kind} criterion; a ${p.expected} criterion is required here.`,
  unknown_category: (p: Params) => `No category with the id "${p.id}" exists in the profile.`,
  duplicate_entry: (p: Params) => `Evidence for "${p.id}" is given twice (first at ${p.first}).`,
  evidence_form: (p: Params) => `Evidence for a ${p.kind} criterion must give ${p.expected}.`,
  not_applicable_not_allowed: (p: Params) => `"${p.id}" may not be marked not applicable.`,
  zero_denominator: () => 'The denominator must be greater than 0.',
  date_after: (p: Params) => `The date ${p.date} lies after ${p.later}.`,
  duplicate_step: (p: Params) => `The process step "${p.step}" is given twice.`,
  unknown_step: (p: Params) => `The process step "${p.step}" is not listed in processSteps (${p.steps}).`,
  unknown_group: (p: Params) =>
    `No audit question in ${p.categories ? `category ${p.categories}` : 'the profile'} belongs to the group "${p.id}" (known: ${p.groups || 'none'}).`,
  edition_unsupported: (p: Params) => `${p.scheme} edition ${p.edition} is not implemented: ${p.why} Implemented: ${p.implemented}.`,
  question_number: (p: Params) => `"${p.number}" is not a question number of ${p.element} (expected the form ${p.expected}).`,
  unknown_ppap_element: (p: Params) => `"${p.element}" is not a PPAP element; use a number 1–18, 1a, 1b, "bulk", or a key such as ${p.examples}.`,
  interim_needs_limit: () => 'An interim approval is limited in time or quantity: give an expiry date (expires) or a quantity.',
  evaluation_profile_mismatch: (p: Params) => `This evaluation is against profile "${p.evaluated}" version ${p.evaluatedVersion}, not "${p.profile}" version ${p.version}.`,
  evaluation_criteria_mismatch: (p: Params) => `The evaluation has "${p.found}" here; the profile has "${p.expected}".`,
  evaluation_not_reproduced: (p: Params) =>
    `Scoring the recorded results again gives ${p.score} (grade ${p.grade}, ${p.decision}), not the recorded ${p.recordedScore} (grade ${p.recordedGrade}, ${p.recordedDecision}); the evaluation was changed or made with other settings.`,
  supplier_mismatch: (p: Params) => `The two evaluations are of different suppliers ("${p.before}" and "${p.after}").`,
  profile_mismatch: (p: Params) => `These are against different profiles ("${p.before}" and "${p.after}").`,
  settings_mismatch: (p: Params) => `The summaries were made with different settings: ${p.setting} is ${p.a} in one and ${p.b} in the other.`,
  not_integer: (p: Params) => `Must be a whole number, got ${p.value}.`,
  aql_not_in_table: (p: Params) => `AQL ${p.value} is not a column of the sampling tables; use one of: ${p.options}.`,
  edition_not_shipped: (p: Params) =>
    `${capitalized(String(p.inspection))} inspection plans of ${p.edition} are not shipped: that edition's table could not be verified against the standard (${p.reason}). Use edition "${p.alternative}" or another severity.`,
  inspection_mismatch: (p: Params) =>
    `This lot was inspected under ${p.used} inspection, but the switching rules put it on ${p.expected} inspection.`,
  lot_result_mismatch: (p: Params) =>
    `The lot is marked ${p.marked}, but ${p.nonconforming} nonconforming against Ac ${p.ac} / Re ${p.re} means it was ${p.actual}.`,
  lot_after_discontinuation: (p: Params) =>
    `Inspection was discontinued after lot ${p.lot}; later lots cannot be judged under the switching rules. Once the responsible authority accepts the supplier's corrective action, start a new history on tightened inspection.`,
  plan_not_in_table: (p: Params) =>
    `Ac ${p.ac} / Re ${p.re} is not the plan printed in row ${p.letter} at AQL ${p.aql} of the ${p.inspection} inspection table.`,
  subgroup_too_large: (p: Params) =>
    `This subgroup has ${p.size} values; the ${p.method} method is tabulated for subgroups of 2 to ${p.maximum} values (use the pooled method for larger subgroups).`,
  probability_out_of_range: (p: Params) => `Must be greater than 0 and less than 1, got ${p.value}.`,
  zero_spread: (p: Params) =>
    `The ${p.estimate === 'within' ? 'within-subgroup' : p.estimate === 'overall' ? 'overall' : 'given'} standard deviation is 0 (the values show no variation), so the indices based on it cannot be computed; check the gauge resolution.`,
  target_outside_limits: (p: Params) => `The target ${p.target} lies outside the specification limits.`,
  duplicate_id_case: (p: Params) =>
    `The id "${p.id}" differs from "${p.other}" at ${p.first} only in upper and lower case; ids must differ in more than case.`,
  too_many_criteria: (p: Params) => `A profile allows at most ${p.maximum} criteria in all; this one has ${p.count}. Split it into several profiles.`,
  too_many_values: (p: Params) => `Allows at most ${p.maximum} values in all, counting every subgroup.`,
  stats_overflow: (p: Params) =>
    `The values are too large for the statistics: the ${p.quantity} overflows a double-precision number. Give the values in a larger unit.`,
  empty_sheet: () => 'The sheet is empty; it needs a header row.',
  unknown_column: (p: Params) =>
    p.suggestion
      ? `Unknown column "${p.header}"; did you mean "${p.suggestion}"? (Start a header with # to keep a column for notes.)`
      : `Unknown column "${p.header}" (known: ${p.known}; start a header with # to keep a column for notes).`,
  duplicate_column: (p: Params) => `The column "${p.header}" is already given in column ${p.first}.`,
  not_positive: (p: Params) => `Must be greater than 0, got ${p.value}.`,
  chart_subgroup_too_large: (p: Params) => `A control chart's subgroups hold ${p.minimum} to ${p.maximum} values (the range of its constants' tables); this one has ${p.count}.`,
  subgroup_sizes_differ: (p: Params) => `Every subgroup must have as many values as the first (${p.size}); this one has ${p.count}.`,
  too_few_levels: (p: Params) => `A gauge study needs at least ${p.minimum} ${p.what === 'parts' ? 'parts' : p.what === 'operators' ? 'operators' : 'measurements of each part by each operator'}; it has ${p.count}.`,
  unbalanced_study: (p: Params) =>
    `Every operator must measure every part the same number of times: part ${p.part} by operator ${p.operator} has ${p.count} measurement${String(p.count) === '1' ? '' : 's'}, most cells ${p.expected}.`,
  duplicate_trial: (p: Params) => `Trial ${p.trial} of part ${p.part} by operator ${p.operator} is given twice (first at ${p.first}).`,
  not_tabulated: (p: Params) =>
    `The average and range method has its constants (AIAG MSA 4th ed.) for ${p.range} ${p.what}; this study has ${p.count}. Use the ANOVA method.`,
  tolerance_missing: () => 'A verdict on %Tolerance needs the characteristic\'s limits: give lsl and usl, or tolerance.',
  form_cannot_carry: (p: Params) =>
    `${p.form} cannot carry this value: ${FORM_REASONS_EN[String(p.reason)] ?? p.reason}.`,
  extra_cell: (p: Params) =>
    `This row has a value in column ${p.column}, beyond the last column of the header (${p.last}); give the column a header or remove the value.`,
  more_issues: (p: Params) => `${p.count} more problem${p.count === '1' ? '' : 's'} not listed (at most ${p.maximum} are listed); fix these and check again.`,
  too_deep: (p: Params) => `Nested more than ${p.maximum} levels deep; this is not what the library writes.`,
  custom: (p: Params) => `${p.message}`,
} satisfies Record<string, Sentence>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueSentencesEn;

const limitsText = (p: P) =>
  p.lsl && p.usl ? `${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `at least ${p.lsl} ${p.unit}` : `at most ${p.usl} ${p.unit}`;

/** A run rule by name: `nelson2` is "Nelson rule 2", `we1` "Western Electric rule 1". */
const ruleNameEn = (rule: string): string => (rule.startsWith('we') ? `Western Electric rule ${rule.slice(2)}` : `Nelson rule ${rule.slice(6)}`);
/** A list of points as a sentence reads it: "point 9", "points 9 and 10", "points 9, 10, 11 and 3 more". */
const pointsEn = (list: string): { text: string; many: boolean } => {
  const [shown = '', more] = list.split('+');
  const points = shown.split(',');
  const items = more ? [...points, `${more} more`] : points;
  const joined = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return { text: `${items.length === 1 ? 'point' : 'points'} ${joined}`, many: items.length > 1 };
};
const DISPERSION_EN: Readonly<Record<string, [string, string]>> = {
  'moving-range': ['moving range', 'moving ranges'],
  range: ['subgroup range', 'subgroup ranges'],
  'standard-deviation': ['subgroup standard deviation', 'subgroup standard deviations'],
};
/** The points each rule flags: "points 9 and 10 break Nelson rule 2; the moving range at point 12 breaks Nelson rule 1". */
const flaggedPointsEn = (p: P): string => {
  const location = (p.flags ?? '').split('|').filter(Boolean).map((flag) => {
    const [rule = '', list = ''] = flag.split(' ');
    const points = pointsEn(list);
    return `${points.text} ${points.many ? 'break' : 'breaks'} ${ruleNameEn(rule)}`;
  });
  const names = DISPERSION_EN[p.dispersion ?? ''] ?? ['value', 'values'];
  const dispersion = (p.dispersionFlags ?? '').split('|').filter(Boolean).map((flag) => {
    const [rule = '', list = ''] = flag.split(' ');
    const points = pointsEn(list);
    return `the ${points.many ? names[1] : names[0]} at ${points.text} ${points.many ? 'break' : 'breaks'} ${ruleNameEn(rule)}`;
  });
  return [...location, ...dispersion].join('; ');
};
const CHARTS: Readonly<Record<string, string>> = { 'i-mr': 'I-MR', 'xbar-r': 'X̄–R', 'xbar-s': 'X̄–s' };
const chartName = (chart: string | undefined): string => CHARTS[chart ?? ''] ?? chart ?? '';

const auditPoints = (p: P) =>
  `${p.points} of ${p.max} points${p.of ? ` (mean of ${p.of} ${p.steps ? 'process steps' : 'results'})` : ''}${p.star ? ' (star question)' : ''}`;

/** The figures of a gauge study's verdict: %GRR on its basis, the distinct categories, the model. */
const gaugeFigures = (p: P) =>
  `%GRR ${p.percent} % of the ${p.basis === 'tolerance' ? 'tolerance' : 'study variation'}, ${p.ndc || 'no'} distinct ${plural(p.ndc || '0', 'category', 'categories')} (${p.minimum} required), ${gaugeModel(p)}`;

/** The model a gauge study's components come from, in words. */
const gaugeModel = (p: P) =>
  p.model === 'average-range'
    ? 'average and range method'
    : p.model === 'with-interaction'
      ? `ANOVA with the operator-by-part interaction (p ${p.p} < ${p.alpha})`
      : p.p === ''
        ? 'ANOVA, interaction pooled into repeatability (neither varies: no F test)'
        : `ANOVA, interaction pooled into repeatability (p ${p.p} ≥ ${p.alpha})`;

/**
 * The text for every explanation, reason and rule the evaluation produces, keyed by code. Each entry
 * takes the parameters of a `why` and returns a sentence. Numbers arrive as canonical decimal strings;
 * a renderer for another language formats them before calling its own table.
 */
export const explanationsEn = {
  'criterion.missing': () => 'No evidence was given.',
  'criterion.missingCounted': () => 'No evidence was given; it counts as failed.',
  'criterion.notApplicable': (p: P) => `Not applicable${p.reason ? `: ${p.reason}` : ''}.`,
  'criterion.assumedMet': () => 'Assumed fully met (what-if).',

  'measurement.noValues': () => 'No measured values were given.',
  'measurement.allWithin': (p: P) =>
    `All ${p.n} ${plural(p.n!, 'value', 'values')} within ${limitsText(p)} (min ${p.min}, max ${p.max}).`,
  'measurement.shareMet': (p: P) =>
    `${p.out} of ${p.n} values outside ${limitsText(p)} (worst ${p.worst} ${p.unit}); ${p.share} % conform, ${p.requiredShare} % required.`,
  'measurement.outOfSpec': (p: P) => {
    const parts: string[] = [];
    if (p.below !== '0') parts.push(`${p.below} of ${p.n} ${plural(p.n!, 'part', 'parts')} below the lower limit ${p.lsl} ${p.unit}`);
    if (p.above !== '0') parts.push(`${p.above} of ${p.n} ${plural(p.n!, 'part', 'parts')} above the upper limit ${p.usl} ${p.unit}`);
    const share = p.requiredShare === '100' ? '' : `; ${p.share} % conform, ${p.requiredShare} % required`;
    const capability = p.capability ? `; ${p.capability} against ${p.capabilityMin}` : '';
    return `${parts.join(' and ')} (worst ${p.worst} ${p.unit})${share}${capability}.`;
  },
  'measurement.capable': (p: P) =>
    `All ${p.n} values within ${limitsText(p)}; ${p.index} ${p.value}${p.useBound ? ` (${p.confidence} % lower bound ${p.bound})` : ''} meets ${p.minIndex}${p.stableChart ? `; the ${chartName(p.stableChart)} chart flags no point` : ''}.`,
  'measurement.notCapable': (p: P) =>
    `All ${p.n} values within ${limitsText(p)}, but ${p.index} ${p.value} is below ${p.minIndex}; it needs a sigma of ${p.sigmaNeeded} ${p.unit} instead of ${p.sigma} ${p.unit}${p.meanShift && p.meanShift !== '0' ? `, or the mean moved by ${p.meanShift} ${p.unit}` : ''}.`,
  'measurement.boundShort': (p: P) =>
    `${p.index} ${p.value} from ${p.n} values, but its ${p.confidence} % lower bound ${p.bound} is below ${p.minIndex}.`,
  'measurement.tooFewForCapability': (p: P) => `Only ${p.n} values; the capability study needs at least ${p.minSamples}.`,
  'measurement.capabilityUndefined': (p: P) => `${p.index} cannot be computed: ${p.reason}`,
  'measurement.unstable': (p: P) =>
    `Capability not valid (${chartName(p.chart)} chart): ${flaggedPointsEn(p)}. ${p.index} ${p.value} describes no stable process: find and remove the special cause, then re-run the study.`,
  'measurement.stabilityUntestable': (p: P) =>
    `${p.index} ${p.value} cannot be trusted: the stability test on the ${chartName(p.chart)} chart cannot be made: ${p.needsSubgroups ? 'an X̄ chart needs subgroups; give the values in subgroups or set the capability requirement\'s subgroupSize.' : p.reason}`,

  'audit.met': (p: P) => `${auditPoints(p)}: requirement met.`,
  'audit.partlyMet': (p: P) => `${auditPoints(p)}: requirement partly met; ${p.pass} needed.`,
  'audit.notMet': (p: P) => `${auditPoints(p)}: requirement not met.`,

  'certificate.valid': (p: P) => `${p.held} valid until ${p.expires} (${p.remaining} ${plural(p.remaining!, 'day', 'days')} after ${p.at}).`,
  'certificate.expiring': (p: P) => `${p.held} expires on ${p.expires}, only ${p.remaining} ${plural(p.remaining!, 'day', 'days')} after ${p.at}; ${p.window} days required.`,
  'certificate.expired': (p: P) => `${p.held} expired on ${p.expires}, ${p.overdue} ${plural(p.overdue!, 'day', 'days')} before ${p.at}.`,
  'certificate.notYetValid': (p: P) => `${p.held} is issued ${p.issued}, after ${p.at}.`,
  'certificate.wrongStandard': (p: P) => `The certificate held is ${p.held}; ${p.standard} is required.`,

  'metric.meetsTarget': (p: P) => `${p.value}${p.unit ? ` ${p.unit}` : ''} meets ${p.target ? `the target ${p.target}` : `the limit ${p.limit}`}.`,
  'metric.belowTarget': (p: P) =>
    `${p.value}${p.unit ? ` ${p.unit}` : ''} meets the limit ${p.limit}${p.target ? ` but not the target ${p.target}` : ' but not the top band'}.`,
  'metric.worseThanLimit': (p: P) => `${p.value}${p.unit ? ` ${p.unit}` : ''}; ${p.better} ${p.limit} required.`,

  'document.accepted': (p: P) => `Status "${p.status}"${p.date ? `, dated ${p.date}` : ''}: accepted.`,
  'document.statusNotAccepted': (p: P) => `Status "${p.status}" is not accepted (${p.accepted}).`,
  'document.tooOld': (p: P) => `Dated ${p.date}, ${p.age} ${plural(p.age!, 'day', 'days')} before ${p.at}; at most ${p.maxAge} ${plural(p.maxAge!, 'day', 'days')} allowed.`,
  'document.undated': (p: P) => `No date given; it must be at most ${p.maxAge} days old.`,
  'document.datedAfter': (p: P) => `Dated ${p.date}, after the evaluation date ${p.at}.`,

  'check.met': (p: P) => `Answer "${p.value}", as required.`,
  'check.notMet': (p: P) => `Answer "${p.value}"; "${p.expected}" is required.`,

  'gauge.acceptable': (p: P) => `${gaugeFigures(p)}: acceptable (at most ${p.acceptable} %).`,
  'gauge.conditional': (p: P) => `${gaugeFigures(p)}: conditionally acceptable (above ${p.acceptable} %, at most ${p.conditional} %).`,
  'gauge.unacceptable': (p: P) => `${gaugeFigures(p)}: not acceptable (above ${p.conditional} %).`,
  'gauge.tooFewCategories': (p: P) => `${gaugeFigures(p)}: not acceptable, fewer than ${p.minimum} distinct categories.`,
  'gauge.noVariation': (p: P) => `The study's values do not vary at all (${gaugeModel(p)}): it tells no part from another.`,
  'measurement.gaugeNotQualified': (p: P) =>
    `Not a pass: measured with a gauge that is not qualified (gauge study ${p.gauge}${p.percent ? `, %GRR ${p.percent} %` : ''}${p.ndc ? `, ${p.ndc} distinct ${plural(p.ndc, 'category', 'categories')}` : ''}); the measured values cannot be trusted until the gauge is qualified.`,
  'measurement.gaugeMissing': (p: P) => `Not a pass yet: the gauge study ${p.gauge} that qualifies the gauge has no evidence.`,

  'inspection.allAccepted': (p: P) => `All ${p.lots} ${plural(p.lots!, 'lot', 'lots')} accepted at AQL ${p.aql}, level ${p.level}; inspection is now ${p.state}.`,
  'inspection.someRejected': (p: P) => `${p.accepted} of ${p.lots} lots accepted at AQL ${p.aql}, level ${p.level}; the latest lot was accepted; inspection is now ${p.state}.`,
  'inspection.lastRejected': (p: P) => `${p.accepted} of ${p.lots} lots accepted at AQL ${p.aql}, level ${p.level}; the latest lot was rejected; inspection is now ${p.state}.`,
  'inspection.discontinued': (p: P) => `Inspection is discontinued after ${p.lots} lots (${p.accepted} accepted): five lots were rejected on tightened inspection.`,
  'inspection.tooFewInspected': (p: P) => `Lot ${p.lot} was inspected on ${p.inspected} units; its plan needs ${p.needed}.`,
  'reason.grade': (p: P) => `Score ${p.score} gives grade ${p.grade}.`,
  'reason.gradeCapped': (p: P) => `Score ${p.score} gives grade ${p.scoreGrade}, capped at ${p.grade} by rule${(p.rules ?? '').includes(',') ? 's' : ''} ${p.rules}.`,
  'reason.rule': (p: P) => `${p.title}: ${p.criteria || p.categories || p.score}.`,
  'reason.groupRule': (p: P) => `${p.title}: ${p.groups}.`,
  'reason.missing': (p: P) => `No evidence for ${p.count} ${plural(p.count!, 'criterion', 'criteria')}: ${p.criteria}.`,
  'reason.decision': (p: P) => `Decision: ${p.decision}.`,

  'path.close': (p: P) => `Close ${p.criterion} (+${p.points}): score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.stabilize': (p: P) =>
    `Find and remove the special cause in ${p.criterion}, then re-run its capability study (+${p.points}): score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.provide': (p: P) => `Provide evidence that ${p.criterion} is met (+${p.points}): score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.plan': (p: P) =>
    p.count === '0'
      ? `Already ${p.decision}.`
      : `To reach ${p.target}: ${p.count} ${plural(p.count!, 'gap', 'gaps')} to close (${p.criteria}); then score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.unreachable': (p: P) =>
    `${p.target} cannot be reached by closing gaps alone: with all ${p.count} closed, score ${p.score}, grade ${p.grade}, ${p.decision}.`,

  'rule.knockOut': () => 'Failed critical criterion (knock-out) rejects',
  'rule.categoryMinimum': (p: P) => `Category ${p.category} below its minimum ${p.min}`,
  'rule.custom': (p: P) => p.title ?? p.id ?? '',
} satisfies Record<string, (p: P) => string>;

/** Every code of an explanation, a reason or a rule. */
export type MessageCode = keyof typeof explanationsEn;

/** Where the values lie against the limits: `within 3.18–3.22 mm`, `at most 0.02 mm`, `at least 5 mm`. */
const withinText = (p: P) => (p.lsl && p.usl ? `within ${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `at least ${p.lsl} ${p.unit}` : `at most ${p.usl} ${p.unit}`);
/** Where values outside lie: `outside 3.18–3.22 mm`, `above 0.02 mm`, `below 5 mm`. */
const outsideText = (p: P) => (p.lsl && p.usl ? `outside ${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `below ${p.lsl} ${p.unit}` : `above ${p.usl} ${p.unit}`);
/** Every value within the limits: `All 10 values are at most 0.02 mm`, `The only value, 0.050 mm, is at most 0.05 mm`. */
const allValues = (p: P) => (p.n === '1' ? `The only value, ${p.min} ${p.unit}, is ${withinText(p)}` : `All ${p.n} values are ${withinText(p)}`);

/**
 * The sentences reports write for a measurement's explanation in place of the evaluation's own
 * (`explanationsEn`, which the evaluation JSON keeps word for word): a one-sided limit read as a
 * sentence (`All 10 values are at most 0.02 mm`, not `within at most`), one value as one value.
 * The Indonesian table (id.ts) words these codes the same way.
 */
export const reportExplanationsEn = {
  'measurement.allWithin': (p: P) => `${allValues(p)}${p.n === '1' ? '' : ` (min ${p.min}, max ${p.max})`}.`,
  'measurement.shareMet': (p: P) =>
    `${p.out} of ${p.n} values ${outsideText(p)} (worst ${p.worst} ${p.unit}); ${p.share} % conform, ${p.requiredShare} % required.`,
  'measurement.capable': (p: P) =>
    `${allValues(p)}; ${p.index} ${p.value}${p.useBound ? ` (${p.confidence} % lower bound ${p.bound})` : ''} meets ${p.minIndex}${p.stableChart ? `; the ${chartName(p.stableChart)} chart flags no point` : ''}.`,
  'measurement.notCapable': (p: P) =>
    `${allValues(p)}, but ${p.index} ${p.value} is below ${p.minIndex}: it needs a sigma of ${p.sigmaNeeded} ${p.unit} instead of ${p.sigma} ${p.unit}${p.meanShift && p.meanShift !== '0' ? `, or the mean moved by ${p.meanShift} ${p.unit}` : ''}.`,
} satisfies Partial<Record<MessageCode, (p: P) => string>>;

/**
 * Every fixed phrase in the reports: labels, statuses, decisions, reasons, chart captions and column
 * headers. A string is a fixed phrase; a function takes parameters already formatted for the language
 * (numbers, dates) and returns a sentence.
 */
export const reportPhrasesEn = {
  'report.evaluation': 'Supplier evaluation',
  'report.comparison': 'Re-audit comparison',
  'report.cohort': 'Supplier cohort summary',
  'report.footer': (p: P) => `Requirement profile ${p.profile}, version ${p.version}.`,

  'decision.approved': 'Approved',
  'decision.conditional': 'Conditional',
  'decision.rejected': 'Rejected',
  'decision.incomplete': 'Incomplete',
  'decisionNote.approved': 'The supplier meets the requirements.',
  'decisionNote.conditional': 'Approved on condition that the gaps below are closed with an action plan.',
  'decisionNote.conditionalBy': (p: P) => `Approved on condition that the gaps below are closed with an action plan; re-audit by ${p.date}.`,
  'decisionNote.rejected': 'Not approved: the gaps below must be closed first.',
  'decisionNote.incomplete': 'No decision yet: evidence is missing for some requirements.',

  'status.pass': 'Met',
  'status.partial': 'Partly met',
  'status.fail': 'Not met',
  'status.not-applicable': 'Not applicable',
  'status.missing': 'No evidence',
  'status.warning': 'Note on the evidence',

  'severity.critical': 'critical (knock-out)',
  'severity.major': 'major',
  'severity.minor': 'minor',

  'family.man': 'People (training)',
  'family.machine': 'Machine (equipment)',
  'family.method': 'Method',
  'family.material': 'Material',
  'family.measurement': 'Measurement',
  'family.environment': 'Environment',

  'kind.measurement': 'Measurement',
  'kind.audit-question': 'Audit question',
  'kind.certificate': 'Certificate',
  'kind.metric': 'Performance figure',
  'kind.document': 'Document',
  'kind.attribute-inspection': 'Attribute inspection (AQL)',
  'kind.check': 'Check',
  'kind.gauge-study': 'Gauge study (MSA)',

  'label.supplier': 'Supplier',
  'label.region': 'Region',
  'label.profile': 'Requirement profile',
  'label.version': 'Version',
  'label.auditDate': 'Audit date',
  'label.auditor': 'Auditor',
  'label.evaluatedOn': 'Evaluated on',
  'label.decision': 'Decision',
  'label.score': 'Score',
  'label.grade': 'Grade',
  'label.reauditDue': 'Re-audit by',
  'label.remedy': 'Remedy',
  'label.effort': 'Effort',
  'label.reference': 'Reference',
  'label.note': 'Auditor’s note',
  'label.required': 'Required',
  'label.found': 'Found',
  'label.status': 'Status',
  'label.severity': 'Severity',
  'label.causeFamily': 'Cause family',
  'label.decisiveCause': 'Decisive cause',
  'label.category': 'Category',
  'label.criterion': 'Requirement',
  'label.weight': 'Weight',
  'label.pointsLost': 'Points lost',
  'label.minimum': 'Minimum',
  'label.overall': 'Overall score',
  'label.knockOut': 'Knock-out',
  'label.priority': 'Priority',
  'label.counts': 'Met / partly / not met / no evidence',
  'label.notScored': 'not scored',
  'label.criterionId': 'ID',
  'label.kind': 'Kind',
  'label.explanation': 'Explanation',
  'label.rules': 'Rules',
  'label.shortfall': 'Shortfall',
  'label.unit': 'Unit',
  'unit.days': 'days',
  'unit.lots': 'lots',
  'unit.points': 'points',
  'unit.categories': 'categories',
  'label.effortDays': 'Effort (days)',
  'label.effortCost': 'Effort (cost)',
  'label.currency': 'Currency',

  'section.summary': 'Summary',
  'section.reasons': 'Why',
  'section.categories': 'Scores by category',
  'section.gaps': 'What to fix',
  'section.path': 'Shortest path to a pass',
  'section.measurements': 'Measured values against their limits',
  'section.criteria': 'All requirements',
  'section.warnings': 'Notes on the evidence',

  'text.score': (p: P) => `score ${p.score}`,
  'text.grade': (p: P) => `grade ${p.grade}`,
  'text.reauditBy': (p: P) => `re-audit by ${p.date}`,
  'text.pointsLost': (p: P) => `−${p.points} ${plural(p.points, 'point', 'points')}`,
  'text.days': (p: P) => `${p.days} ${plural(p.days, 'day', 'days')}`,
  'text.points': (p: P) => `${p.points} ${plural(p.points, 'point', 'points')}`,
  'text.moreGaps': (p: P) => `… ${p.count} more ${plural(p.count, 'gap', 'gaps')}`,
  'text.noGaps': 'Nothing to fix: every requirement is met.',
  'text.remedy': (p: P) => `Remedy: ${p.remedy}`,
  'text.effort': (p: P) => `Effort: ${p.effort}`,

  'reason.knockOut': (p: P) =>
    `Critical ${plural(p.count, 'requirement', 'requirements')} not met (knock-out): ${p.criteria}. The supplier is rejected until ${plural(p.count, 'it is', 'they are')} fixed.`,
  'reason.categoryMinimum': (p: P) => `${p.category} scored ${p.score}, below its minimum ${p.min}.`,
  'reason.rule': (p: P) => `${p.title}${p.subjects ? `: ${p.subjects}` : ''}.`,
  'reason.missing': (p: P) => `No evidence for ${p.count} ${plural(p.count, 'requirement', 'requirements')}: ${p.criteria}.`,
  'reason.capDecision': (p: P) => `Decision at most ${p.decision}.`,
  'reason.capGrade': (p: P) => `Grade at most ${p.grade}.`,
  'reason.scoreBelow': (p: P) => `overall score ${p.score}`,

  'path.reach': (p: P) => `To reach “${p.target}”: close ${p.count} ${plural(p.count, 'gap', 'gaps')}; then score ${p.score}, grade ${p.grade}.`,
  'path.unreachable': (p: P) =>
    `“${p.target}” cannot be reached by closing gaps alone: with all ${p.count} closed, score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.stepClose': (p: P) => `${p.title} (+${p.points}): then score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.stepStabilize': (p: P) => `Find and remove the special cause in ${p.title}, then re-run its capability study (+${p.points}): then score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.stepProvide': (p: P) => `Provide evidence for ${p.title} (+${p.points}): then score ${p.score}, grade ${p.grade}, ${p.decision}.`,
  'path.shared': (p: P) => `${plural(p.count, 'The first step is', `The first ${p.count} steps are`)} the same on both routes:`,
  'path.reachedAfter': (p: P) => `Reached after step ${p.step}.`,
  'path.effort': (p: P) => `Effort for the whole path: ${p.effort}${p.unestimated ? `; no estimate for ${p.unestimated}` : ''}.`,
  'path.noEffort': 'The profile gives no effort estimate for the steps of this path.',
  'path.notOptimal': 'Found by taking the largest gains first; a smaller set may exist.',

  'comparison.audits': (p: P) => `Audits on ${p.before} and ${p.after}, ${p.days} ${plural(p.days, 'day', 'days')} apart.`,
  'comparison.onTime': (p: P) => `The re-audit was due by ${p.due}: on time.`,
  'comparison.late': (p: P) => `The re-audit was due by ${p.due}: ${p.days} ${plural(p.days, 'day', 'days')} late.`,
  'comparison.direction.better': 'Better',
  'comparison.direction.worse': 'Worse',
  'comparison.direction.same': 'Unchanged',
  'comparison.summary': (p: P) =>
    `${p.closed} ${plural(p.closed, 'gap', 'gaps')} closed, ${p.opened} new, ${p.remaining} remaining (${p.better} better, ${p.worse} worse).`,
  'comparison.profileVersions': (p: P) => `Profile ${p.id}: version ${p.before}, then ${p.after}.`,
  'comparison.added': (p: P) => `Criteria added: ${p.criteria}.`,
  'comparison.removed': (p: P) => `Criteria removed: ${p.criteria}.`,
  'comparison.changed': (p: P) => `${p.criterion}: ${p.fields} changed.`,
  'comparison.none': 'None.',
  'change.closed': 'closed',
  'change.opened': 'new',
  'change.better': 'better',
  'change.worse': 'worse',
  'change.same': 'unchanged',
  'change.dropped': 'no longer required',
  'label.before': 'Before',
  'label.after': 'After',
  'label.change': 'Change',
  'label.audits': 'Audits',
  'section.closed': 'Gaps closed',
  'section.opened': 'New gaps',
  'section.remaining': 'Gaps that remain',
  'section.dropped': 'Gaps no longer required',
  'section.changes': 'Every criterion that changed',
  'section.profileChanges': 'Changes to the profile',
  'chart.scores': 'Score before and after, against the grade bands',

  'cohort.records': (p: P) => `${p.evaluated} ${plural(p.evaluated, 'supplier', 'suppliers')} evaluated${p.invalid && p.invalid !== '0' ? `; ${p.invalid} ${plural(p.invalid, 'record', 'records')} could not be evaluated` : ''}.`,
  'cohort.passRate': (p: P) => `${p.rate} % approved or conditional.`,
  'cohort.scores': (p: P) => `Scores from ${p.min} to ${p.max}; median ${p.median}, mean ${p.mean}.`,
  'cohort.nearMisses': (p: P) => `${p.conditional} within ${p.margin} points of conditional, ${p.approved} within ${p.margin} points of approval.`,
  'cohort.rankingPartial': (p: P) => `The best ${p.count} of ${p.total}.`,
  'cohort.unreachable': (p: P) => `${p.next} cannot reach their next decision and ${p.approval} cannot reach approval by closing gaps alone.`,
  'cohort.headline': (p: P) =>
    `${p.ready} of ${p.total} ${plural(p.total, 'supplier', 'suppliers')} can supply now (${p.approved} approved, ${p.conditional} with conditions); the rest are held back mostly by ${p.top}: of the ${p.held}, ${p.list}.`,
  'cohort.headlineAll': (p: P) => `${p.ready} of ${p.total} ${plural(p.total, 'supplier', 'suppliers')} can supply now (${p.approved} approved, ${p.conditional} with conditions).`,
  'cohort.headlineScore': (p: P) =>
    `${p.ready} of ${p.total} ${plural(p.total, 'supplier', 'suppliers')} can supply now (${p.approved} approved, ${p.conditional} with conditions); the other ${p.held} are held back by their scores alone.`,
  'cohort.heldBy': (p: P) => `${p.count} by ${p.family}`,
  'headline.man': 'people (training)',
  'headline.machine': 'machines (equipment)',
  'headline.method': 'methods',
  'headline.material': 'materials',
  'headline.measurement': 'measurement',
  'headline.environment': 'the environment',
  'section.decisions': 'Decisions',
  'section.distribution': 'Score distribution',
  'section.commonGaps': 'Most frequent gaps',
  'section.families': 'Needs by cause family',
  'section.nearMisses': 'Near misses',
  'section.ranking': 'Ranking',
  'section.regions': 'By region',
  'section.invalid': 'Records that could not be evaluated',
  'label.suppliers': 'Suppliers',
  'label.count': 'Count',
  'label.rank': 'Rank',
  'label.lowest': 'Lowest',
  'label.highest': 'Highest',
  'label.median': 'Median',
  'label.mean': 'Mean',
  'label.percent': (p: P) => `${p.p} %`,
  'label.gaps': 'Gaps',
  'label.knockOuts': 'Knock-outs',
  'label.missingEvidence': 'Missing evidence',
  'label.inNextPath': 'Needed for the next decision',
  'label.inApprovalPath': 'Needed for approval',
  'label.pointsLostTotal': 'Points lost (all suppliers)',
  'label.distance': 'Points below',
  'label.next': 'Next decision',
  'label.noRegion': '(no region)',
  'label.meanScore': 'Mean score',
  'label.passRate': 'Pass rate',
  'cohort.warnings': (p: P) =>
    `${p.count} ${plural(p.count, 'warning', 'warnings')} about the evidence of ${p.records} ${plural(p.records, 'supplier', 'suppliers')}: they were evaluated, and the entries the warnings name were not used.`,
  'cohort.warningCodes': (p: P) => `By code: ${p.list}.`,
  'cohort.warningCount': (p: P) =>
    p.code === 'unknown_criterion' ? `Entries for "${p.criterion}", a criterion the profile does not have: ${p.count}` : `${p.code} for "${p.criterion}": ${p.count}`,
  'label.warnings': 'Warnings',
  'label.code': 'Code',
  'label.record': 'Record',
  'label.issues': 'Issues',
  'chart.scoreDistribution': 'Suppliers by score, in bands of 5 points, against the grade bands',
  'chart.scoreBand': (p: P) => `${p.from} to below ${p.to}: ${p.count} ${plural(p.count, 'supplier', 'suppliers')}`,

  'required.limits': (p: P) => `${p.lsl}–${p.usl} ${p.unit}`,
  'required.atLeast': (p: P) => `at least ${p.value}${p.unit ? ` ${p.unit}` : ''}`,
  'required.atMost': (p: P) => `at most ${p.value}${p.unit ? ` ${p.unit}` : ''}`,
  'required.share': (p: P) => `${p.share} % within the limits`,
  'required.points': (p: P) => `${p.pass} of ${p.max} points`,
  'required.certificate': (p: P) => `${p.standards}, valid on ${p.date}`,
  'required.remaining': (p: P) => `at least ${p.days} days left`,
  'required.target': (p: P) => `target ${p.target}`,
  'required.document': (p: P) => `${p.document}status ${p.statuses}`,
  'required.maxAge': (p: P) => `at most ${p.days} days old`,
  'required.or': ' or ',
  'required.capability': (p: P) => `${p.index} at least ${p.min}`,
  'required.stable': (p: P) => `no point flagged by ${p.rules}`,
  'required.inspection': (p: P) => `AQL ${p.aql}, inspection level ${p.level}, ${p.inspection} (${p.edition})`,
  'inspection.normal': 'normal inspection',
  'inspection.tightened': 'tightened inspection',
  'inspection.reduced': 'reduced inspection',
  'inspection.switching': 'switching rules',
  'inspection.discontinued': 'discontinued',
  'found.capability': (p: P) => `${p.index} ${p.value}${p.bound ? ` (lower bound ${p.bound})` : ''}`,
  'required.gauge': (p: P) => `%GRR of the ${p.basis} at most ${p.acceptable} % (conditionally ${p.conditional} %), at least ${p.ndc} distinct categories`,
  'gauge.tolerance': () => 'tolerance',
  'gauge.studyVariation': () => 'study variation',
  'found.gauge': (p: P) => `%GRR ${p.percent} %, ${p.ndc || 'no'} distinct ${plural(p.ndc, 'category', 'categories')}`,
  'found.lots': (p: P) => `${p.accepted} of ${p.lots} ${plural(p.lots, 'lot', 'lots')} accepted`,
  'found.inspectionNow': (p: P) => `now ${p.state}`,
  'answer.yes': 'yes',
  'answer.no': 'no',

  'found.oneValue': (p: P) => `1 value, ${p.value} ${p.unit}`,
  'found.values': (p: P) => `${p.n} ${plural(p.n, 'value', 'values')}, ${p.min} to ${p.max} ${p.unit}, mean ${p.mean}`,
  'found.outOfSpec': (p: P) => `${p.out} outside`,
  'found.noValues': 'no values',
  'found.points': (p: P) => `${p.points} of ${p.max} points`,
  'found.results': (p: P) => `(results ${p.results})`,
  'found.certificate': (p: P) => `${p.standard}, expires ${p.expires}`,
  'found.document': (p: P) => `status ${p.status}`,
  'found.dated': (p: P) => `dated ${p.date}`,
  'found.none': '—',

  'chart.categories': 'Overall score against the grade bands; category scores against their minimums',
  'chart.gradeBand': (p: P) => `${p.grade} from ${p.min}`,
  'chart.minimum': (p: P) => `minimum ${p.min}`,
  'chart.values': (p: P) => `Histogram of ${p.n} measured ${plural(p.n, 'value', 'values')} of ${p.title} against the limits ${p.limits}`,
  'chart.range': (p: P) => `Range of ${p.n} measured ${plural(p.n, 'value', 'values')} of ${p.title} (${p.min} to ${p.max}) against the limits ${p.limits}`,
  'chart.bin': (p: P) => `${p.from} to ${p.to} ${p.unit}: ${p.count} ${plural(p.count, 'part', 'parts')}`,
  'chart.control.individual': 'Individual values',
  'chart.control.mean': 'Subgroup means',
  'chart.control.moving-range': 'Moving ranges',
  'chart.control.range': 'Subgroup ranges',
  'chart.control.standard-deviation': 'Subgroup standard deviations',
  'chart.control.title': (p: P) => `${p.location} and ${p.dispersion} against their control limits: ${p.flagged === '0' ? 'no point flagged' : `${p.flagged} ${plural(p.flagged, 'point', 'points')} flagged`}`,
  'chart.control.point': (p: P) => `Point ${p.point}: ${p.value}`,
  'chart.count': (p: P) => `${p.n} ${plural(p.n, 'value', 'values')}`,
  'chart.mean': (p: P) => `mean ${p.mean} ${p.unit}`,
  'chart.lsl': 'LSL',
  'chart.usl': 'USL',
  'chart.outside': 'outside the limits',
  'chart.inside': 'within the limits',
  'chart.decisions': 'Suppliers by decision',
  'chart.families': 'Gaps by cause family (number of suppliers)',

  'column.supplierId': 'supplier_id',
  'column.supplier': 'supplier',
  'column.region': 'region',
  'column.profile': 'profile',
  'column.profileVersion': 'profile_version',
  'column.auditDate': 'audit_date',
  'column.decision': 'decision',
  'column.overallScore': 'overall_score',
  'column.grade': 'grade',
  'column.category': 'category',
  'column.criterionId': 'criterion_id',
  'column.criterion': 'criterion',
  'column.kind': 'kind',
  'column.severity': 'severity',
  'column.causeFamily': 'cause_family',
  'column.status': 'status',
  'column.score': 'score',
  'column.weight': 'weight',
  'column.pointsLost': 'points_lost',
  'column.required': 'required',
  'column.found': 'found',
  'column.shortfall': 'shortfall',
  'column.shortfallUnit': 'shortfall_unit',
  'column.gapPriority': 'gap_priority',
  'column.knockOut': 'knock_out',
  'column.explanation': 'explanation',
  'column.remedy': 'remedy',
  'column.rank': 'rank',
  'column.reauditDue': 're_audit_due',
  'column.gaps': 'gaps',
  'column.knockOuts': 'knock_outs',
  'column.missing': 'missing_evidence',

  'column.pathNext': 'step_to_next_decision',
  'column.pathApproval': 'step_to_approval',
  'column.change': 'change',
  'column.statusBefore': 'status_before',
  'column.scoreBefore': 'score_before',
  'column.pointsLostBefore': 'points_lost_before',
  'column.statusAfter': 'status_after',
  'column.scoreAfter': 'score_after',
  'column.pointsLostAfter': 'points_lost_after',

  'lint.clean': (p: P) => `${p.name}: no warnings.`,
  'lint.warnings': (p: P) => `${p.name}: ${p.count} ${plural(p.count, 'warning', 'warnings')}.`,
  'lint.invalid': (p: P) => `Not a valid profile: ${p.count} ${plural(p.count, 'problem', 'problems')}.`,
  'cell.error': 'Error',
  'cell.more': (p: P) => `and ${p.count} more`,
} satisfies Record<string, string | ((p: P) => string)>;

/** A key of the report phrase tables. */
export type ReportMessageKey = keyof typeof reportPhrasesEn;

/** What each run rule of a control chart (src/stats/runRules.ts) looks for. */
export const runRuleTextEn = {
  we1: 'one point beyond 3σ',
  we2: '2 of 3 points in a row beyond 2σ on one side',
  we3: '4 of 5 points in a row beyond 1σ on one side',
  we4: '8 points in a row on one side of the centre line',
  nelson1: 'one point beyond 3σ',
  nelson2: '9 points in a row on one side of the centre line',
  nelson3: '6 points in a row steadily rising or falling',
  nelson4: '14 points in a row alternating up and down',
  nelson5: '2 of 3 points in a row beyond 2σ on one side',
  nelson6: '4 of 5 points in a row beyond 1σ on one side',
  nelson7: '15 points in a row within 1σ of the centre line',
  nelson8: '8 points in a row beyond 1σ, on both sides, none within 1σ',
} satisfies Record<string, string>;

/** The month names of report dates (`19 November 2026`), January first. */
export const monthNamesEn: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The shape every report phrase table has: the same keys, strings where English has strings. */
export type ReportMessages = {
  readonly [K in ReportMessageKey]: (typeof reportPhrasesEn)[K] extends string ? string : (p: P) => string;
};

const ruleReasonsEn: Readonly<Record<string, Sentence>> = {
  criteria: (p) => `only ${p.matching} ${p.matching === 1 ? 'criterion' : 'criteria'} can match its filters, and it needs ${p.atLeast}`,
  below: (p) => `no score can be below ${p.below} (the lowest possible is ${p.lowest})`,
  'no-score': () => 'the categories it looks at carry no criterion weight, so they never have a score',
};

/**
 * The sentence for every lint code. Each entry takes the warning's parameters and returns a plain
 * sentence without the path (the path is shown beside it).
 */
export const lintSentencesEn = {
  weight_ineffective: (p: Params) =>
    `"${p.title}" cannot change any decision: ${
      p.swing === '0'
        ? 'its weight gives it no share of the score'
        : `from its lowest to its highest score it moves the overall score by at most ${p.swing} points, never across a decision boundary`
    }; it is not critical and no rule refers to it.`,
  grade_unreachable: (p: Params) =>
    `No score can earn grade "${p.grade}" (from ${p.min}${p.below || p.above ? `; the nearest possible scores are ${[p.below, p.above].filter(Boolean).join(' and ')}` : ''}).`,
  tolerance_wider_than_nominal: (p: Params) => `The tolerance ${p.lsl}–${p.usl} ${p.unit} (width ${p.width}) is wider than the nominal ${p.nominal} ${p.unit}; check the tolerance and its unit.`,
  capability_minimum_low: (p: Params) => `A minimum ${p.index} of ${p.min} accepts a process wider than its tolerance; capability requirements are usually 1.33 or more.`,
  critical_weight_zero: (p: Params) => `"${p.title}" is critical but has weight 0: failing it rejects the supplier, passing it adds nothing to the score.`,
  duplicate_title: (p: Params) => `The title "${p.title}" is also used at ${p.first}; readers of a report cannot tell the two apart.`,
  category_weightless: (p: Params) =>
    `Category "${p.title}" carries no weight (${p.why === 'category' ? 'its weight is 0' : 'its criteria weights add up to 0'}): its criteria cannot change the score; only knock-outs and rules act on them.`,
  certificate_window_long: (p: Params) =>
    `${p.days} days of remaining validity is more than a certificate runs (${p.standard} certificates run ${p.years} years, ${p.maxDays} days at most); no certificate can fully meet it.`,
  rule_never_fires: (p: Params) => `Rule "${p.id}" can never fire: ${(ruleReasonsEn[String(p.reason)] ?? (() => String(p.reason)))(p)}.`,
  gauge_not_required: (p: Params) =>
    `The gauge study "${p.title}" qualifies the gauge of "${p.characteristicTitle}", but that measurement ${p.gauge ? `requires the gauge study "${p.gauge}" instead` : 'does not require it (its gauge is not set)'}: a gauge this study finds not acceptable does not stop the measurement from passing. Set its gauge to "${p.id}".`,
} satisfies Record<string, Sentence>;

/** Every code a lint warning can carry (listed in docs/authoring.md). */
export type LintCode = keyof typeof lintSentencesEn;

/** The values a command-line sentence names. */
export type CliParams = Readonly<Record<string, string | number | undefined>>;
type CliSentence = (p: CliParams) => string;

/** `; did you mean "x"?` when a closest name was found, else ''. */
const meantEn = (p: CliParams) => (p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`);

/** The line of a file a sentence repeats, indented, with a caret under the column (`caret`, 0-based). */
export const shownLine = (p: CliParams) => (p.lineText === undefined ? '' : `\n  ${p.lineText}\n  ${' '.repeat(Math.max(0, Number(p.caret)))}^`);

/** The sentences the command line writes itself (usage, unreadable input, its text outputs). */
export const cliSentencesEn = {
  unknownCommand: (p) => `unknown command "${p.command}"${meantEn(p)}`,
  unknownOption: (p) => `unknown option ${p.option}${meantEn(p)}`,
  optionTakesNoValue: (p) => `option ${p.option} takes no value`,
  optionNeedsValue: (p) => `option ${p.option} needs a value`,
  optionChoice: (p) => `${p.option} must be one of ${p.choices}, got "${p.value}"${meantEn(p)}`,
  optionDate: (p) => `${p.option} must be a date YYYY-MM-DD, got "${p.value}"`,
  optionWholeNumber: (p) => `${p.option} must be a whole number, got "${p.value}"`,
  optionSize: (p) => `${p.option} must be a size such as 16M, got "${p.value}"`,
  optionWholeNumberTo: (p) => `${p.option} must be a whole number from 1 to ${p.max}, got "${p.value}"`,
  queueUrl: (p) => `--queue must be a Redis URL such as redis://127.0.0.1:6379, got "${p.value}"`,
  queueDatabase: (p) => `the database of --queue must be a number, got "${p.value}"`,
  queueNoStdin: () => 'cohort --queue reads files that every worker can read, not standard input',
  queueRun: (p) => `--run must be letters, digits, ".", "_" or "-", got "${p.value}"`,
  lintIgnore: (p) => `--ignore takes lint codes (${p.codes}), got "${p.value}"`,
  queueOptions: () => '--run, --shard-size and --evaluations go with --queue',
  decimalCommaWithComma: () => '--decimal-comma and --separator comma cannot be given together',
  needs: (p) =>
    ({
      evaluate: 'evaluate needs a profile and at least one evidence file',
      validate: 'validate needs exactly one file',
      lint: 'lint needs exactly one profile file',
      cohort: 'cohort needs a profile and one source',
      plan: 'plan needs --lot and --aql',
      capability: 'capability needs one values file',
      capabilityLimits: 'capability needs --lsl, --usl or both',
      schema: 'schema needs "profile" or "evidence"',
      worker: 'worker needs --queue redis://host:port',
    })[String(p.what)] ?? String(p.what),
  stdinOnce: () => 'standard input ("-") can be read only once',
  cannotRead: (p) => `cannot read ${p.path}: ${p.reason}`,
  cannotWrite: (p) => `cannot write ${p.path}: ${p.reason}`,
  noEvidenceAllowEmpty: (p) => `${p.sources}: no supplier evidence found (use --allow-empty to accept an empty input)`,
  noEvidence: (p) => `${p.source}: no supplier evidence found`,
  noProfile: (p) => `${p.source}: no profile found`,
  jsonSyntax: (p) => `${p.source}:${p.line}:${p.column}: not valid JSON: ${p.reason}${shownLine(p)}`,
  jsonLineSyntax: (p) => `Not valid JSON at column ${p.column}: ${p.reason} (${p.lineText})`,
  utf8: (p) => `${p.source} is not valid UTF-8: invalid byte at byte offset ${p.offset}`,
  csvBeyondHeader: (p) =>
    `${p.source}:${p.line}: column ${p.column} has a value beyond the header's last column ${p.last} (${p.cells} cells, the header ${p.width}); give the column a header or remove the value (a decimal comma in a comma-separated file?)`,
  csvCells: (p) => `${p.source}:${p.line}: ${p.cells} cells where the header has ${p.width}; every row of a CSV file needs as many cells as the header`,
  csvInvalid: (p) => `${p.source}:${p.line}: not valid CSV: ${p.reason}`,
  csvUnknownSection: (p) => `${p.source}:${p.line}: unknown section [${p.section}] (known: ${p.known})`,
  csvSectionTwice: (p) => `${p.source}:${p.line}: the section [${p.section}] is given twice`,
  decimalCommaAmbiguous: (p) =>
    `${p.source}:${p.line}: "${p.text}" has a comma between digits, which may be a decimal comma or a separator: give --decimal-comma (3,2 is 3.2) or --separator comma (3,2 is two values)`,
  usageHint: (p) => (p.command === undefined ? 'Run "supplier-quality --help" for usage.' : `Run "supplier-quality ${p.command} --help" for usage.`),
  outputFailed: (p) => `cannot write the output: ${p.reason}`,
  internalError: (p) => `internal error: ${p.reason}`,
  record: (p) => `record ${p.index}`,
  valid: (p) => `${p.source}: valid ${p.kind}${p.warnings ? `, ${p.warnings} warning(s)` : ''}`,
  workerShardFailed: (p) => `shard ${p.index} of run ${p.run} failed: ${p.reason}`,
  planCodeLetter: (p) => `code letter ${p.letter}${p.planLetter !== p.letter ? ` (plan of row ${p.planLetter})` : ''}`,
  planSampleSize: (p) => `sample size ${p.size}${p.all ? ' (100 % inspection)' : ''}`,
  planAccept: (p) => `accept (Ac) ${p.ac}`,
  planReject: (p) => `reject (Re) ${p.re}`,
  planExplanation: (p) => String(p.explanation),
  capabilityValues: (p) =>
    `n ${p.n}${Number(p.subgroups) > 0 ? ` in ${p.subgroups} subgroups` : ''}   mean ${p.mean}   sigma within ${p.within} (${p.method})   sigma overall ${p.overall}`,
  capabilityBound: (p) => `Cpk ${p.level} % lower bound ${p.bound}`,
  capabilityOutside: (p) => `outside the limits: observed ${p.observed} ppm (${p.count} values)${p.expected === undefined ? '' : `, expected ${p.expected} ppm (within sigma)`}`,
  capabilityNote: (p) => `note: ${p.note}`,
  warningLabel: () => 'warning',
  progressRecords: (p) => `${p.count} records`,
  queueWaiting: (p) => `the queue at ${p.url} does not answer (${p.reason}); waiting for it`,
} satisfies Record<string, CliSentence>;

/** The key of a sentence the command line writes itself. */
export type CliMessageKey = keyof typeof cliSentencesEn;

/** The help text of the command line (`main`) and of each command, in English. */
export const cliHelpEn = {
  main: `supplier-quality: score suppliers' audit evidence against a requirement profile

Usage: supplier-quality <command> [options]

Commands:
  evaluate <profile> <evidence...>   evaluate suppliers and report decision, score, grade and gaps
  validate <file> [--profile P]      check a profile or evidence file and list every problem
  lint <profile>                     warn about a valid profile that is suspicious (weights, bands, rules)
  cohort <profile> <source>          summarise many suppliers (JSON Lines, CSV, a directory), streaming
  worker --queue redis://HOST:PORT   summarise the shards of "cohort --queue" runs (several machines)
  plan --lot N --aql A               sampling plan lookup (ISO 2859-1 / ANSI Z1.4)
  capability <values> --lsl --usl    process capability study of measured values
  schema profile|evidence            print the JSON Schema of profile or evidence files

Run "supplier-quality <command> --help" for a command's options; --lang id for Bahasa Indonesia.
Inputs are JSON, JSON Lines or CSV files; "-" reads standard input.
Exit codes: 0 done; 1 evaluated but not approved (with --fail-unless-approved), or lint warnings;
2 invalid input or usage; 74 the output cannot be written; 141 the reader closed the pipe.
`,
  evaluate: `Usage: supplier-quality evaluate <profile> <evidence...> [options]

Evaluates each supplier's evidence against the profile.
  <profile>    a profile JSON file, or a CSV profile (see docs/cli.md; "-" for standard input)
  <evidence>   evidence JSON (one object or a list), JSON Lines, a CSV supplier table, or a directory

Options:
  --format text|json|md|html|csv   output format (default text)
  --lang en|id                     language of the text, md, html and csv output and of errors (default en)
  --at YYYY-MM-DD                  evaluation date (default: each audit date)
  --out FILE                       write the output to FILE instead of standard output
  --no-path                        leave out the shortest path to a pass (text, md, html, csv)
  --fail-unless-approved           exit with 1 when any supplier is not approved
  --allow-empty                    accept an input that holds no supplier (else exit 2)
  -h, --help                       show this help
`,
  validate: `Usage: supplier-quality validate <file> [options]

Checks a profile or evidence file and prints every problem with its path (or cell) on standard error.
A file with "categories" is a profile; one with "entries" or "supplier" is evidence; a CSV file is a
profile ([profile], [categories], [criteria], [grades], [rules] sections, or a criteria table alone)
unless --profile is given, then a supplier table.

Options:
  --profile FILE    check evidence against this profile too (entries, kinds, units)
  --format text|json  text (default), or the problems as JSON on standard output
  --lang en|id      language of the problems (default en)
  -h, --help        show this help
`,
  lint: `Usage: supplier-quality lint <profile> [options]

Warns about a profile that is valid but suspicious: a criterion whose weight cannot change any
decision, a grade band no score can reach, a tolerance wider than its nominal, a capability minimum
below 1.0, a critical criterion with weight 0, duplicate titles, a category without weight, a
certificate window longer than certificates run, a rule that can never fire. One line per warning
with its path and code (see docs/authoring.md). An invalid profile gets its problems instead.
  <profile>    a profile JSON file, or a CSV profile (see docs/cli.md; "-" for standard input)

Options:
  --ignore CODE,CODE   leave out these warning codes
  --format text|json   text (default), or the warnings as JSON
  --lang en|id         language of the warnings (default en)
  -h, --help           show this help

Exit codes: 0 no warnings; 1 warnings; 2 not a valid profile, or usage.
`,
  cohort: `Usage: supplier-quality cohort <profile> <source> [options]

Evaluates many suppliers one at a time and summarises them: decisions, pass rate, score
distribution, ranking, near misses and the gaps most suppliers share. <source> is a JSON Lines file (one evidence object per line), a CSV
supplier table, a JSON list, a directory of such files, or "-". A progress line is shown on standard
error when it is a terminal. Records with problems are reported with their line and skipped.

Options:
  --format text|json|md|html|csv   output format (default text)
  --lang en|id                     language (default en)
  --at YYYY-MM-DD                  evaluation date (default: each audit date)
  --top N                          how many suppliers the ranking lists (default 10)
  --full-ranking                   rank every supplier (memory grows with their number)
  --allow-empty                    accept a source that holds no supplier (else exit 2)
  --paths                          count the gaps on each supplier's path to a pass (slower)
  --out FILE                       write the output to FILE
  -h, --help                       show this help

Across machines (needs the bullmq package and a Redis server; see docs/scale.md):
  --queue redis://HOST:PORT        cut the input into shard jobs for "supplier-quality worker" processes
                                   and merge their summaries; the output is the same as without --queue
  --shard-size SIZE                about how many bytes of JSON Lines or CSV each shard covers
                                   (default 16M; a JSON file is one shard)
  --run ID                         the run's id (default: derived from the profile, input and options;
                                   a restarted run resumes from the summaries already stored)
  --evaluations DIR                each worker writes every supplier's evaluation, one JSON Lines file
                                   per shard, to DIR (a directory every worker can write)
`,
  worker: `Usage: supplier-quality worker --queue redis://HOST:PORT [options]

Summarises shards of "cohort --queue" runs until stopped (Ctrl-C or SIGTERM finishes the shard in
hand first). Run as many as wanted, on as many machines as wanted: every worker must read the input
files (and the --evaluations directory) at the paths the coordinator gives. Needs the bullmq package.

Options:
  --queue redis://HOST:PORT        the Redis server of the queue
  --concurrency N                  shards worked on at once by this process (default 1)
  --lock-timeout SECONDS           after how long without a sign of life a shard of a stopped worker
                                   is given to another worker (default 30)
  --lang en|id                     language of its messages (default en)
  -h, --help                       show this help
`,
  plan: `Usage: supplier-quality plan --lot N --aql A [options]

Looks up the single sampling plan for attributes (ISO 2859-1:1999 Table 1 and Tables 2-A to 2-C).

Options:
  --lot N                          lot size
  --aql A                          acceptance quality limit in percent (0.010 to 10)
  --level I|II|III|S-1..S-4        inspection level (default II)
  --inspection normal|tightened|reduced   severity (default normal)
  --edition "ISO 2859-1:1999"|"ANSI/ASQ Z1.4-2003"   tables (default ISO 2859-1:1999)
  --format text|json               output format (default text)
  --lang en|id                     language of the text output and of errors (default en)
  -h, --help                       show this help
`,
  capability: `Usage: supplier-quality capability <values> --lsl L --usl U [options]

Process capability study (AIAG SPC 2nd ed.): Cp, Cpk, Pp, Ppk, Cpm, Bissell limits, shares outside.
<values> is a text or CSV file of numbers ("-" for standard input): one value per line (or separated
by spaces or commas) for individual values in production order, or one subgroup per line. A first
line that is not numbers is taken as a header. A JSON file holds a list of values or of subgroups.

Options:
  --lsl L, --usl U     specification limits (one may be left out for a one-sided specification)
  --target T           target value for Cpm
  --sigma rbar|sbar|pooled|moving-range   within-subgroup sigma method
  --decimal-comma      commas in the values are decimal marks (3,2 is 3.2)
  --separator S        comma, semicolon, tab or space: what separates values on a line (default: any
                       of them; a comma between digits on a line without a decimal point is refused)
  --format text|json   output format (default text)
  --lang en|id         language of the text output and of errors (default en)
  -h, --help           show this help
`,
  schema: `Usage: supplier-quality schema profile|evidence

Prints the JSON Schema (draft 2020-12) of profile or evidence files. The package ships them as
schema/profile.schema.json and schema/evidence.schema.json; name one in a file's "$schema" so an
editor validates and completes it. --lang en|id: language of this help and of errors.
`,
};

/** A command the help speaks of, or `main` for the command line as a whole. */
export type CliHelpKey = keyof typeof cliHelpEn;
