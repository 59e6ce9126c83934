import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { decisionForPswDisposition } from '../../../src/schemes/ppap/decisionForPswDisposition.js';

describe('decisionForPswDisposition', () => {
  it('maps approved, interim approval and rejected to approved, conditional and rejected', () => {
    expect(decisionForPswDisposition({ disposition: 'approved' })).toBe('approved');
    expect(decisionForPswDisposition({ disposition: 'interim-approval', expires: '2027-03-31' })).toBe('conditional');
    expect(decisionForPswDisposition({ disposition: 'rejected' })).toBe('rejected');
  });

  it('refuses an open-ended interim approval', () => {
    expect(() => decisionForPswDisposition({ disposition: 'interim-approval' })).toThrow(ValidationError);
  });
});
