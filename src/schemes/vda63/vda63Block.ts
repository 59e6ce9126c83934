import type { CriterionInput } from '../../criteria/criterion.js';
import type { ProfileBlock } from '../profileBlock.js';
import { checkedVda63Options, vda63BlockOptionsSchema, type Vda63BlockOptions } from './vda63Options.js';
import { vda63Rules } from './vda63Rules.js';
import { VDA63_ELEMENTS, VDA63_P6_SUB_ELEMENTS, vda63QuestionPlace } from './vda63Structure.js';

/**
 * Returns a VDA 6.3 process audit as one category of a profile, with its rules scoped to it: one
 * audit question per listed question (points 0/4/6/8/10, VDA 6.3:2016 §6.1), carrying its element and,
 * in P6, its sub-element and `perStep` so that E_G, E_Pn, E_Un, E_n and E_G(PGn) are computed as
 * VDA 6.3:2016 §6.2–6.4 says; every question has weight 1, so the category score is E_G. The rules
 * are the 2016 downgrading rules, the product-group classification, the 2/3 coverage rule and (unless
 * `classify: false`) the classification of the block's E_G. Only the question numbers come from the
 * standard; titles are the number with its element or sub-element name unless the buyer gives its own.
 * Throws a `ValidationError` for bad options and for edition 2023.
 *
 * @example
 * vda63Block({ edition: '2016', elements: [{ element: 'P6', questions: [{ number: 'P6.3.1' }] }] }).categories[0].criteria[0]
 * //=> { kind: 'audit-question', id: 'P6.3.1', number: 'P6.3.1', title: 'P6.3.1 Personnel resources', element: 'P6', subElement: 'P6.3', perStep: true, … }
 */
export function vda63Block(input: Vda63BlockOptions): ProfileBlock {
  const options = checkedVda63Options(vda63BlockOptionsSchema, input);
  const category = options.category ?? 'process-audit';
  const prefix = options.idPrefix ?? '';
  // Decimals (weight, effort) are kept as the buyer wrote them; the profile parser normalises them.
  const criteria: CriterionInput[] = options.elements.flatMap(({ element, questions }, e) =>
    questions.map((question, q) => {
      const effort = input.elements[e]?.questions[q]?.effort;
      const place = vda63QuestionPlace(question.number) as NonNullable<ReturnType<typeof vda63QuestionPlace>>;
      const part = VDA63_P6_SUB_ELEMENTS.find((s) => s.id === place.subElement) ?? VDA63_ELEMENTS[element];
      const titleId = question.translations?.id?.title ?? (question.title === undefined ? `${place.number} ${part.titleId}` : undefined);
      const remedyId = question.translations?.id?.remedy;
      return {
        kind: 'audit-question',
        id: question.id ?? `${prefix}${place.number}`,
        number: place.number,
        title: question.title ?? `${place.number} ${part.title}`,
        ...(question.question !== undefined ? { question: question.question } : {}),
        element: place.element,
        ...(place.subElement !== undefined ? { subElement: place.subElement, perStep: true } : {}),
        ...(question.star ? { star: true } : {}),
        ...(question.severity !== undefined ? { severity: question.severity } : {}),
        causeFamily: question.causeFamily ?? part.causeFamily,
        ...(question.allowNotApplicable !== undefined ? { allowNotApplicable: question.allowNotApplicable } : {}),
        reference: question.reference ?? `VDA 6.3:${options.edition} ${place.number}`,
        ...(question.remedy !== undefined ? { remedy: question.remedy } : {}),
        ...(effort !== undefined ? { effort: { ...effort } } : {}),
        ...(titleId !== undefined || remedyId !== undefined || question.translations?.en
          ? {
              translations: {
                ...(question.translations?.en ? { en: { ...question.translations.en } } : {}),
                id: { ...(titleId !== undefined ? { title: titleId } : {}), ...(remedyId !== undefined ? { remedy: remedyId } : {}) },
              },
            }
          : {}),
      } satisfies CriterionInput;
    }),
  );
  return {
    categories: [
      {
        id: category,
        title: options.title ?? `Process audit (VDA 6.3:${options.edition})`,
        ...(input.weight !== undefined ? { weight: input.weight } : {}),
        criteria,
      },
    ],
    rules: vda63Rules({ scope: category, classify: options.classify ?? true, ...(options.places !== undefined ? { places: options.places } : {}) }),
  };
}
