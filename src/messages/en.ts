/**
 * English text for every explanation, reason and rule the evaluation produces, keyed by code. Each
 * entry takes the parameters of a `why` and returns a sentence. Numbers arrive as canonical decimal
 * strings; a renderer for another language formats them before calling its own table.
 */
type P = Readonly<Record<string, string>>;

const plural = (n: string, one: string, many: string) => (n === '1' ? one : many);
const limitsText = (p: P) =>
  p.lsl && p.usl ? `${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `at least ${p.lsl} ${p.unit}` : `at most ${p.usl} ${p.unit}`;

const auditPoints = (p: P) =>
  `${p.points} of ${p.max} points${p.of ? ` (mean of ${p.of} ${p.steps ? 'process steps' : 'results'})` : ''}${p.star ? ' (star question)' : ''}`;

export const en = {
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
  'measurement.capable': (p: P) => `All ${p.n} values within ${limitsText(p)}; ${p.index} ${p.value}${p.useBound ? ` (${p.confidence} % lower bound ${p.bound})` : ''} meets ${p.minIndex}.`,
  'measurement.notCapable': (p: P) =>
    `All ${p.n} values within ${limitsText(p)}, but ${p.index} ${p.value} is below ${p.minIndex}; it needs a sigma of ${p.sigmaNeeded} ${p.unit} instead of ${p.sigma} ${p.unit}${p.meanShift && p.meanShift !== '0' ? `, or the mean moved by ${p.meanShift} ${p.unit}` : ''}.`,
  'measurement.boundShort': (p: P) =>
    `${p.index} ${p.value} from ${p.n} values, but its ${p.confidence} % lower bound ${p.bound} is below ${p.minIndex}.`,
  'measurement.tooFewForCapability': (p: P) => `Only ${p.n} values; the capability study needs at least ${p.minSamples}.`,
  'measurement.capabilityUndefined': (p: P) => `${p.index} cannot be computed: ${p.reason}`,

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

export type MessageCode = keyof typeof en;

/** The sentences by code, for lookups without walking the table's own properties. */
const SENTENCES: ReadonlyMap<string, (p: P) => string> = new Map(Object.entries(en) as Array<[string, (p: P) => string]>);

/**
 * Returns the English sentence for a message code and its parameters.
 *
 * @example
 * englishText('check.notMet', { value: 'no', expected: 'yes' })
 * //=> 'Answer "no"; "yes" is required.'
 */
export function englishText(code: string, params: Readonly<Record<string, string>>): string {
  if (typeof code !== 'string') return '';
  const entry = SENTENCES.get(code);
  if (!entry) return code;
  return entry(textParams(params));
}

/**
 * Returns the parameters a sentence reads: only text and number parameters (numbers as text), so a
 * stray value can never break the sentence. A plain object of texts only is read as it is.
 */
function textParams(params: unknown): Readonly<Record<string, string>> {
  if (params === null || typeof params !== 'object') return {};
  if (Object.getPrototypeOf(params) === Object.prototype && allTexts(params as Record<string, unknown>)) return params as Record<string, string>;
  const safe: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') safe[key] = String(value);
  return safe;
}

/**
 * Whether every enumerable property of a plain object is a text. One it inherits can only come from
 * `Object.prototype`, which the copy inherits too: the sentence reads the same either way.
 */
function allTexts(params: Record<string, unknown>): boolean {
  for (const key in params) if (typeof params[key] !== 'string') return false;
  return true;
}
