import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { checkedVda63Options, vda63BlockOptionsSchema } from '../../../src/schemes/vda63/vda63Options.js';

const problems = (input: unknown) => {
  try {
    checkedVda63Options(vda63BlockOptionsSchema, input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((i) => [i.path, i.code]);
  }
};

describe('checkedVda63Options', () => {
  it('accepts an element list with question numbers of that element', () => {
    expect(problems({ edition: '2016', elements: [{ element: 'P3', questions: [{ number: 'P3.1' }, { number: '3.2' }] }] })).toEqual([]);
  });

  it('rejects numbers of another element, repeated numbers and elements, with paths', () => {
    expect(
      problems({
        edition: '2016',
        elements: [
          { element: 'P6', questions: [{ number: 'P6.1' }, { number: 'P6.2.1' }, { number: '6.2.1' }] },
          { element: 'P2', questions: [{ number: 'P3.1' }] },
          { element: 'P6', questions: [{ number: 'P6.7.1' }] },
        ],
      }),
    ).toEqual([
      ['elements[0].questions[0].number', 'question_number'],
      ['elements[0].questions[2].number', 'duplicate_id'],
      ['elements[1].questions[0].number', 'question_number'],
      ['elements[2].element', 'duplicate_id'],
      ['elements[2].questions[0].number', 'question_number'],
    ]);
  });

  it('explains a wrong number with the expected form', () => {
    try {
      checkedVda63Options(vda63BlockOptionsSchema, { edition: '2016', elements: [{ element: 'P6', questions: [{ number: 'P6.1' }] }] });
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toBe('"P6.1" is not a question number of P6 (expected the form P6.<1–6>.<n>, e.g. P6.3.1).');
    }
  });

  it('rejects schema problems: an unknown element, P1, no questions, unknown fields', () => {
    expect(
      problems({ edition: '2016', elements: [{ element: 'P1', questions: [{ number: 'P1.1' }] }, { element: 'P2', questions: [] }], extra: true }),
    ).toEqual([
      ['elements[0].element', 'invalid_value'],
      ['elements[1].questions', 'too_few_items'],
      ['extra', 'unrecognized_key'],
    ]);
  });

  it('rejects edition 2023 and an unknown edition', () => {
    expect(problems({ edition: '2023', elements: [{ element: 'P2', questions: [{ number: 'P2.1' }] }] })).toEqual([['edition', 'edition_unsupported']]);
    expect(problems({ edition: '2010', elements: [{ element: 'P2', questions: [{ number: 'P2.1' }] }] })).toEqual([['edition', 'invalid_value']]);
  });
});
