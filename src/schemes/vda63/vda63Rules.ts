import { optionsIssues, ValidationError } from '../../errors/index.js';
import type { RuleInput } from '../../schema/rule.js';

/** Options of `vda63Rules`. */
export interface Vda63RulesOptions {
  /** The category the rules look at (a VDA 6.3 block in a composed profile). */
  readonly scope?: string;
  /** Prefix of the rule ids (default: `<scope>:` with a scope, else none). */
  readonly idPrefix?: string;
  /**
   * Decimal places E_G(PGn) is rounded to before it is classified (default 1, as the profile's score).
   * The standard does not say whether E_G is rounded.
   */
  readonly places?: number;
  /**
   * Add rules that classify the block's own E_G (its category score): below 90 % at most B, below 80 %
   * C. Needed when the block is one category of a composed profile; a VDA 6.3 profile of its own
   * classifies E_G through its grade bands instead (default false).
   */
  readonly classify?: boolean;
}

const DOWNGRADE = 'VDA 6.3:2016 downgrading rules (book p. 37)';

function rule(
  id: string,
  title: string,
  titleId: string,
  reference: string,
  when: RuleInput['when'],
  then: RuleInput['then'],
  scope: string | undefined,
): RuleInput {
  return { id, title, reference, ...(scope !== undefined ? { scope } : {}), when, then, translations: { id: { title: titleId } } };
}

/**
 * Returns the VDA 6.3:2016 grade rules as declarative profile rules, each citing the standard:
 *
 * - A→B even though E_G ≥ 90 % (book p. 37): (1) a process element P2–P7 or a process step E_n below
 *   80 %; (2) a P6 sub-element E_U below 80 %; (3) 4 points for at least one *-question; (4) 0 points
 *   for at least one question.
 * - To C even though E_G ≥ 80 %: (1) a process element or process step below 70 %; (2) 0 points for
 *   at least one *-question.
 * - E_Pn, E_Un and E_n are "rounded to the nearest percentage point" first (half-up here; the standard
 *   does not say how to round an exact .5), so 79.5 % counts as 80 and 69.4 % as 69. There is no
 *   "E_U below 70 % → C" rule.
 * - A *-question counts with every individual result, so a 4 in one process step triggers rule (3)
 *   before averaging (the wording "awarded for at least one *-question"; an interpretation).
 * - Product groups (§6.2–6.4, downgrading per product group): E_G(PGn) below 90 % at most B, below
 *   80 % C; element, sub-element and step rules also read the scores within each product group.
 * - At least 2/3 of the questions of each audited element, sub-element and process step must be
 *   evaluated (§6.1); with fewer the audit result is not valid, so the evaluation is `incomplete`
 *   (never approved nor blamed on the supplier) unless another rule rejects.
 *
 * Only the 2016 edition is implemented (the builders refuse 2023).
 *
 * @example
 * vda63Rules({ scope: 'process-audit' }).map((r) => r.id)
 * //=> ['process-audit:vda63-a-to-b-1', 'process-audit:vda63-a-to-b-2', 'process-audit:vda63-a-to-b-3', 'process-audit:vda63-a-to-b-4', 'process-audit:vda63-to-c-1', 'process-audit:vda63-to-c-2', 'process-audit:vda63-product-group-b', 'process-audit:vda63-product-group-c', 'process-audit:vda63-coverage']
 */
export function vda63Rules(options: Vda63RulesOptions = {}): RuleInput[] {
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'options');
  const scope = options.scope;
  const prefix = options.idPrefix ?? (scope !== undefined ? `${scope}:` : '');
  const places = options.places ?? 1;
  const rules: RuleInput[] = [];
  if (options.classify) {
    rules.push(
      rule(`${prefix}vda63-class-b`, 'VDA 6.3 E_G below 90 %: at most B', 'E_G VDA 6.3 di bawah 90 %: paling tinggi B',
        'VDA 6.3:2016 classification (book p. 37)', { type: 'score', below: '90' }, { capGrade: 'B' }, scope),
      rule(`${prefix}vda63-class-c`, 'VDA 6.3 E_G below 80 %: C', 'E_G VDA 6.3 di bawah 80 %: C',
        'VDA 6.3:2016 classification (book p. 37)', { type: 'score', below: '80' }, { capGrade: 'C' }, scope),
    );
  }
  rules.push(
    rule(`${prefix}vda63-a-to-b-1`, 'VDA 6.3 downgrade to B: a process element or process step below 80 %',
      'Penurunan VDA 6.3 ke B: elemen proses atau langkah proses di bawah 80 %', `${DOWNGRADE}, A to B (1)`,
      { type: 'group-score', levels: ['element', 'process-step'], below: '80', places: 0 }, { capGrade: 'B' }, scope),
    rule(`${prefix}vda63-a-to-b-2`, 'VDA 6.3 downgrade to B: a P6 sub-element below 80 %',
      'Penurunan VDA 6.3 ke B: subelemen P6 di bawah 80 %', `${DOWNGRADE}, A to B (2)`,
      { type: 'group-score', levels: ['sub-element'], below: '80', places: 0 }, { capGrade: 'B' }, scope),
    rule(`${prefix}vda63-a-to-b-3`, 'VDA 6.3 downgrade to B: a *-question awarded 4 points',
      'Penurunan VDA 6.3 ke B: pertanyaan bintang diberi 4 poin', `${DOWNGRADE}, A to B (3)`,
      { type: 'criteria', kind: ['audit-question'], star: true, pointsIn: [4] }, { capGrade: 'B' }, scope),
    rule(`${prefix}vda63-a-to-b-4`, 'VDA 6.3 downgrade to B: a question awarded 0 points',
      'Penurunan VDA 6.3 ke B: pertanyaan diberi 0 poin', `${DOWNGRADE}, A to B (4)`,
      { type: 'criteria', kind: ['audit-question'], pointsIn: [0] }, { capGrade: 'B' }, scope),
    rule(`${prefix}vda63-to-c-1`, 'VDA 6.3 downgrade to C: a process element or process step below 70 %',
      'Penurunan VDA 6.3 ke C: elemen proses atau langkah proses di bawah 70 %', `${DOWNGRADE}, to C (1)`,
      { type: 'group-score', levels: ['element', 'process-step'], below: '70', places: 0 }, { capGrade: 'C' }, scope),
    rule(`${prefix}vda63-to-c-2`, 'VDA 6.3 downgrade to C: a *-question awarded 0 points',
      'Penurunan VDA 6.3 ke C: pertanyaan bintang diberi 0 poin', `${DOWNGRADE}, to C (2)`,
      { type: 'criteria', kind: ['audit-question'], star: true, pointsIn: [0] }, { capGrade: 'C' }, scope),
    rule(`${prefix}vda63-product-group-b`, 'VDA 6.3 product group E_G(PGn) below 90 %: at most B',
      'E_G(PGn) kelompok produk VDA 6.3 di bawah 90 %: paling tinggi B', 'VDA 6.3:2016 §6.2–6.4 and classification (book p. 37), per product group',
      { type: 'group-score', levels: ['product-group'], below: '90', places }, { capGrade: 'B' }, scope),
    rule(`${prefix}vda63-product-group-c`, 'VDA 6.3 product group E_G(PGn) below 80 %: C',
      'E_G(PGn) kelompok produk VDA 6.3 di bawah 80 %: C', 'VDA 6.3:2016 §6.2–6.4 and classification (book p. 37), per product group',
      { type: 'group-score', levels: ['product-group'], below: '80', places }, { capGrade: 'C' }, scope),
    rule(`${prefix}vda63-coverage`, 'VDA 6.3: fewer than 2/3 of the questions of an element, sub-element or process step evaluated',
      'VDA 6.3: kurang dari 2/3 pertanyaan suatu elemen, subelemen atau langkah proses dinilai', 'VDA 6.3:2016 §6.1 (at least 2/3 of the questions evaluated)',
      { type: 'group-coverage', levels: ['element', 'sub-element', 'process-step'], minShare: { numerator: 2, denominator: 3 } }, { incomplete: true }, scope),
  );
  return rules;
}
