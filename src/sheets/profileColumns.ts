import { profileSchema } from '../schema/profile.js';
import { schemaColumns, innerSchema, type SchemaColumn } from './schemaColumns.js';

const categorySchema = innerSchema(profileSchema, 'categories', '[]');

/**
 * The columns of the profile sheet (field and value): every field of a profile but its categories,
 * grades and rules, with the decision settings by their own names (`reauditDays`).
 */
export const PROFILE_COLUMNS: readonly SchemaColumn[] = schemaColumns(profileSchema, {
  skip: ['categories', 'grades', 'rules'],
  flatten: ['decision'],
  aliases: { id: ['profile id'], 'component.name': ['component'], 'component.partNumber': ['part no'], places: ['decimal places'] },
});

/** The columns of the categories sheet: every field of a category but its criteria. */
export const CATEGORY_COLUMNS: readonly SchemaColumn[] = schemaColumns(categorySchema, { skip: ['criteria'], aliases: { id: ['category'] } });

/**
 * The columns of the criteria sheet: `category`, then the fields of every criterion kind, each once
 * (a column that does not belong to a row's kind must be empty in that row).
 */
export const CRITERION_COLUMNS: readonly SchemaColumn[] = [
  { key: 'category', names: [], path: ['category'], syntax: { type: 'text' } },
  ...schemaColumns(innerSchema(categorySchema, 'criteria', '[]'), {
    // A criterion's own effort keeps its short names beside the stability requirement's effort.
    aliases: { id: ['criterion'], causeFamily: ['cause'], 'effort.days': ['days'], 'effort.cost': ['cost'], 'effort.currency': ['currency'] },
  }),
];

/** The columns of the grades sheet. */
export const GRADE_COLUMNS: readonly SchemaColumn[] = schemaColumns(innerSchema(profileSchema, 'grades', '[]'));

/** The columns of the rules sheet: a rule's fields, its condition's and effect's by their own names. */
export const RULE_COLUMNS: readonly SchemaColumn[] = schemaColumns(innerSchema(profileSchema, 'rules', '[]'), {
  flatten: ['when', 'then'],
  aliases: { id: ['rule'], type: ['when'] },
});
