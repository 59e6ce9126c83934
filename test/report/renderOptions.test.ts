import { describe, expect, it } from 'vitest';
import { ValidationError } from 'supplier-quality';
import { checkRenderOptions, type BaseRenderOptions } from '../../src/report/renderOptions.js';

describe('checkRenderOptions', () => {
  it('defaults the language to English', () => {
    expect(checkRenderOptions({ format: 'md' })).toEqual({ format: 'md', lang: 'en' });
    expect(checkRenderOptions({ format: 'csv', lang: 'id' })).toEqual({ format: 'csv', lang: 'id' });
  });

  it('lists every bad option with its path and both sentences', () => {
    try {
      checkRenderOptions({ format: 'pdf', lang: 'de' } as unknown as BaseRenderOptions);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => [i.path, i.code, i.message])).toEqual([
        ['format', 'invalid_value', 'Must be one of: text, md, html, csv.'],
        ['lang', 'invalid_value', 'Must be one of: en, id.'],
      ]);
      expect(issues[1]?.messageId).toBe('Harus salah satu dari: en, id.');
    }
    expect(() => checkRenderOptions(undefined)).toThrow(ValidationError);
  });
});
