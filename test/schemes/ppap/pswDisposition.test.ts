import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { checkedPswDisposition } from '../../../src/schemes/ppap/pswDisposition.js';

describe('checkedPswDisposition (AIAG PPAP 4th ed. §5.2)', () => {
  it('accepts the three dispositions, an interim approval with an expiry date or a quantity', () => {
    expect(checkedPswDisposition({ disposition: 'approved' })).toEqual({ disposition: 'approved' });
    expect(checkedPswDisposition({ disposition: 'interim-approval', expires: '2027-03-31' }).expires).toBe('2027-03-31');
    expect(checkedPswDisposition({ disposition: 'interim-approval', quantity: 5000 }).quantity).toBe(5000);
    expect(checkedPswDisposition({ disposition: 'rejected', note: 'Dimensional results incomplete' }).disposition).toBe('rejected');
  });

  it('requires an expiry date or a quantity for an interim approval', () => {
    try {
      checkedPswDisposition({ disposition: 'interim-approval' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const [issue] = (error as ValidationError).issues;
      expect([issue?.path, issue?.code, issue?.message]).toEqual([
        'expires',
        'interim_needs_limit',
        'An interim approval is limited in time or quantity: give an expiry date (expires) or a quantity.',
      ]);
    }
  });

  it('rejects an unknown disposition and a bad date, with paths', () => {
    try {
      checkedPswDisposition({ disposition: 'interim', expires: '2027-02-30' });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['disposition', 'invalid_value'],
        ['expires', 'invalid_date'],
      ]);
    }
  });
});
