import { describe, expect, test } from 'vitest';
import { category, check } from '../../src/authoring/index.js';
import { categorySchema } from '../../src/schema/profile.js';

describe('category', () => {
  test('returns the JSON form of a category with its criteria', () => {
    const leak = check('leak-test', 'Leak test', { causeFamily: 'method' });
    const built = category('product', 'Product specification', { weight: 4, minScore: 70, criteria: [leak] });
    expect(built).toEqual({ id: 'product', title: 'Product specification', weight: 4, minScore: 70, criteria: [leak] });
    expect(categorySchema.parse(built)).toMatchObject({ weight: '4', minScore: '70', criteria: [{ id: 'leak-test', expected: true, weight: '1' }] });
  });

  test('takes translations', () => {
    const built = category('people', 'People', { translations: { id: { title: 'Orang' } }, criteria: [check('k', 'K', { causeFamily: 'man' })] });
    expect(categorySchema.parse(built).translations).toEqual({ id: { title: 'Orang' } });
  });
});
