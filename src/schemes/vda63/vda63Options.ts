import * as z from 'zod/mini';
import { createIssue, pathText, ValidationError, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { effortSchema, translationsSchema } from '../../schema/criterionBase.js';
import { fromZodIssues } from '../../schema/fromZodIssues.js';
import { causeFamilySchema, idSchema, nonNegativeDecimalSchema, noteSchema, severitySchema, textSchema } from '../../schema/primitives.js';
import { VDA63_EDITIONS, VDA63_ELEMENT_IDS, VDA63_IMPLEMENTED_EDITIONS, vda63QuestionPlace } from './vda63Structure.js';

/**
 * One question of a VDA 6.3 audit as the buyer lists it: its number (e.g. `P6.3.1`), whether it is a
 * *-question, and optionally the buyer's own title and question text. The standard's question text is
 * not shipped; the default title is the number with its element or sub-element name.
 */
export const vda63QuestionSchema = z.strictObject({
  number: z.string().check(z.minLength(1), z.maxLength(40)),
  id: z.optional(idSchema),
  title: z.optional(textSchema),
  question: z.optional(textSchema),
  star: z.optional(z.boolean()),
  severity: z.optional(severitySchema),
  causeFamily: z.optional(causeFamilySchema),
  remedy: z.optional(noteSchema),
  reference: z.optional(textSchema),
  effort: z.optional(effortSchema),
  translations: z.optional(translationsSchema),
  allowNotApplicable: z.optional(z.boolean()),
});
export type Vda63QuestionInput = z.input<typeof vda63QuestionSchema>;

/** One audited process element and its questions. */
export const vda63ElementSchema = z.strictObject({
  element: z.enum(VDA63_ELEMENT_IDS),
  questions: z.array(vda63QuestionSchema).check(z.minLength(1), z.maxLength(200)),
});
export type Vda63ElementInput = z.input<typeof vda63ElementSchema>;

/** What a VDA 6.3 block is built from. */
export const vda63BlockOptionsSchema = z.strictObject({
  edition: z.enum(VDA63_EDITIONS),
  elements: z.array(vda63ElementSchema).check(z.minLength(1), z.maxLength(6)),
  /** The category id (default `process-audit`). */
  category: z.optional(idSchema),
  /** The category title (default `Process audit (VDA 6.3:<edition>)`). */
  title: z.optional(textSchema),
  weight: z.optional(nonNegativeDecimalSchema),
  /** Prefix of the question criterion ids (default none: the id is the question number). */
  idPrefix: z.optional(z.string().check(z.maxLength(100))),
  /** Classify the block's own E_G by rules (default true for a block; see `vda63Rules`). */
  classify: z.optional(z.boolean()),
  /** Places E_G(PGn) is rounded to before classification (default 1). */
  places: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
});
export type Vda63BlockOptions = z.input<typeof vda63BlockOptionsSchema>;

/**
 * Returns the checked options of a VDA 6.3 builder, or throws one `ValidationError` listing every
 * problem with its path in the options: schema problems, question numbers that do not belong to their
 * element, numbers used twice, and an edition whose evaluation rules are not implemented (2023: its
 * evaluation chapter, with the downgrading wording and the *-question set, could not be verified).
 *
 * @example
 * checkedVda63Options(vda63BlockOptionsSchema, { edition: '2023', elements })
 * //=> throws ValidationError: edition: VDA 6.3 edition 2023 is not implemented: …
 */
export function checkedVda63Options<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fromZodIssues(parsed.error.issues, input), 'VDA 6.3 options');
  const options = parsed.data as z.infer<typeof vda63BlockOptionsSchema>;
  const issues: ValidationIssue[] = [];
  if (!VDA63_IMPLEMENTED_EDITIONS.includes(options.edition)) {
    issues.push(
      createIssue('edition_unsupported', ['edition'], {
        scheme: 'VDA 6.3',
        edition: options.edition,
        why: 'its evaluation chapter (downgrading rules, *-question set, rounding of E_G) could not be verified against the published volume, so its rules are not guessed.',
        implemented: VDA63_IMPLEMENTED_EDITIONS.join(', '),
      }),
    );
  }
  const elementAt = new Map<string, string>();
  const numberAt = new Map<string, string>();
  options.elements.forEach((element, e) => {
    const at: PathSegment[] = ['elements', e];
    const first = elementAt.get(element.element);
    if (first !== undefined) issues.push(createIssue('duplicate_id', [...at, 'element'], { id: element.element, first }));
    else elementAt.set(element.element, pathText(at));
    element.questions.forEach((question, q) => {
      const qAt: PathSegment[] = [...at, 'questions', q];
      const place = vda63QuestionPlace(question.number);
      if (!place || place.element !== element.element) {
        issues.push(
          createIssue('question_number', [...qAt, 'number'], {
            number: question.number,
            element: element.element,
            expected: element.element === 'P6' ? 'P6.<1–6>.<n>, e.g. P6.3.1' : `${element.element}.<n>, e.g. ${element.element}.1`,
          }),
        );
        return;
      }
      const seen = numberAt.get(place.number);
      if (seen !== undefined) issues.push(createIssue('duplicate_id', [...qAt, 'number'], { id: place.number, first: seen }));
      else numberAt.set(place.number, pathText(qAt));
    });
  });
  if (issues.length > 0) throw new ValidationError(issues, 'VDA 6.3 options');
  return parsed.data;
}
