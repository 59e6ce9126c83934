import { describe, expect, it } from 'vitest';
import { customIssue, ValidationError } from '../../src/index.js';

describe('customIssue', () => {
  it('makes an issue with the given sentences and the code custom', () => {
    expect(customIssue(['rows', 3], 'Not valid JSON.', 'Bukan JSON yang sah.')).toEqual({
      path: 'rows[3]',
      segments: ['rows', 3],
      code: 'custom',
      message: 'Not valid JSON.',
      messageId: 'Bukan JSON yang sah.',
      params: { message: 'Not valid JSON.', messageId: 'Bukan JSON yang sah.' },
    });
  });

  it('refuses a path that is not a list of texts and numbers, and sentences that are not texts', () => {
    const thrown = (() => {
      try {
        customIssue('rows' as never, 3 as never, 'ok');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['segments invalid_type', 'message invalid_type']);
  });
});
