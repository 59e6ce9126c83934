import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { pswDispositionFor } from '../../../src/schemes/ppap/pswDispositionFor.js';

describe('pswDispositionFor', () => {
  it('maps each decision to the PSW disposition it supports', () => {
    expect(pswDispositionFor('approved')).toEqual({ disposition: 'approved' });
    expect(pswDispositionFor('conditional', { expires: '2027-03-31' })).toEqual({ disposition: 'interim-approval', expires: '2027-03-31' });
    expect(pswDispositionFor('conditional', { quantity: 2000, note: 'Until the new reamer is qualified' })).toEqual({
      disposition: 'interim-approval',
      quantity: 2000,
      note: 'Until the new reamer is qualified',
    });
    expect(pswDispositionFor('rejected')).toEqual({ disposition: 'rejected' });
    expect(pswDispositionFor('incomplete')).toEqual({ disposition: 'rejected' });
  });

  it('requires an expiry date or quantity before a conditional decision becomes an interim approval', () => {
    expect(() => pswDispositionFor('conditional')).toThrow(ValidationError);
  });
});
