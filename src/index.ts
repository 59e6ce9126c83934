export { ValidationError, type ValidationIssue, type IssueCode } from './errors/index.js';
