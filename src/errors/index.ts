export type { IssueCode } from '../locales/en.js';
export { createIssue, issueWhere, ValidationError, type ValidationIssue } from './ValidationError.js';
export { shownText, valueText, SHOWN_TEXT_LENGTH } from './shownText.js';
export { optionsIssues } from './optionsIssues.js';
export { pathText, type PathSegment } from './pathText.js';
export { closestName, editDistance } from './closestName.js';
