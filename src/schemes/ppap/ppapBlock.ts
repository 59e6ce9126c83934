import type { CriterionInput } from '../../criteria/criterion.js';
import type { ProfileBlock } from '../profileBlock.js';
import { initialStudyCriteria } from './initialStudyCriteria.js';
import { PPAP_ELEMENTS, ppapElement, type PpapLevel } from './ppapElements.js';
import { PPAP_DEFAULT_LEVEL } from './ppapLevels.js';
import { checkedPpapOptions, ppapBlockOptionsSchema, type PpapBlockOptions } from './ppapOptions.js';
import { appendAll } from '../../lists/appendAll.js';

/**
 * Returns a PPAP submission as one category of a profile: a `document` criterion for every element
 * the level requires (AIAG PPAP 4th ed. retention/submission table: `S` elements, `*` elements the
 * customer asks for, every element at level 5 where all is reviewed at the manufacturing location),
 * accepted when its status is `approved` (`not applicable` too for elements required only where they
 * apply); measurement criteria for the characteristics that need an initial process study (see
 * `initialStudyCriteria`); and one rule scoped to the category: an element or characteristic not
 * approved caps the decision at conditional, the interim approval of §5.2 at best. Critical elements
 * (default the Part Submission Warrant) reject through the knock-out rule. Throws a `ValidationError`
 * for bad options.
 *
 * @example
 * ppapBlock({ level: 1 }).categories[0].criteria.map((c) => c.id)
 * //=> ['ppap-appearance-approval-report', 'ppap-psw']
 */
export function ppapBlock(input: PpapBlockOptions = {}): ProfileBlock {
  const options = checkedPpapOptions(ppapBlockOptionsSchema, input);
  const level = (options.level ?? PPAP_DEFAULT_LEVEL) as PpapLevel;
  const category = options.category ?? 'ppap';
  const prefix = options.idPrefix ?? 'ppap-';
  const keys = (names: readonly string[] | undefined) => new Set((names ?? []).map((name) => ppapElement(name)?.key));
  const asked = keys(options.customerElements);
  const critical = options.critical ? keys(options.critical) : new Set(['psw']);
  const criteria: CriterionInput[] = [];
  for (const element of PPAP_ELEMENTS) {
    if (element.number === 'bulk' && !options.bulk) continue;
    const requirement = element.requirements[level - 1];
    const required = level === 5 || requirement === 'S' || asked.has(element.key);
    if (!required && !options.retained) continue;
    const accepted = required ? ['approved'] : ['approved', 'on file'];
    criteria.push({
      kind: 'document',
      id: `${prefix}${element.key}`,
      title: `PPAP ${element.number === 'bulk' ? 'bulk' : element.number} ${element.title}`,
      document: element.title,
      severity: critical.has(element.key) ? 'critical' : required ? 'major' : 'minor',
      causeFamily: element.causeFamily,
      acceptedStatuses: element.conditional ? [...accepted, 'not applicable'] : accepted,
      ...(options.maxAgeDays !== undefined ? { maxAgeDays: options.maxAgeDays } : {}),
      reference: `AIAG PPAP 4th ed., element ${element.number}: ${requirement} at level ${level}${required && requirement !== 'S' ? (level === 5 ? ', reviewed on site' : ', required by the customer') : ''}`,
    });
  }
  appendAll(criteria, initialStudyCriteria(options.characteristics ?? []));
  return {
    categories: [
      {
        id: category,
        title: options.title ?? `PPAP level ${level} submission (AIAG PPAP 4th ed.)`,
        ...(options.weight !== undefined ? { weight: options.weight } : {}),
        criteria,
      },
    ],
    rules: [
      {
        id: `${category}:ppap-not-approved`,
        title: 'PPAP element or characteristic not approved: interim approval at best',
        reference: 'AIAG PPAP 4th ed. §5.2 (interim approval)',
        scope: category,
        when: { type: 'criteria', status: ['fail', 'partial'], severity: ['critical', 'major'] },
        then: { capDecision: 'conditional' },
        translations: { id: { title: 'Elemen atau karakteristik PPAP belum disetujui: paling tinggi persetujuan sementara' } },
      },
    ],
  };
}
