import type { ValidationError, ValidationIssue } from '../errors/index.js';

/** The result of a parse function: the parsed data, or the error listing every problem. */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly success: false; readonly error: ValidationError };
