import type * as z from 'zod/mini';
import type { CriterionKind, evidenceSchemaByKind } from '../criteria/criterion.js';
import type { Evaluation } from '../scoring/evaluation.js';
import type { EvidenceInput } from './evidence.js';
import type { Profile } from './profile.js';

/**
 * What the compiler knows about a profile written in code: each criterion id with its kind, and the
 * ids of its categories and rules and the names of its grades. It exists only in types.
 */
export interface ProfileShape {
  readonly criteria: { readonly [id: string]: CriterionKind };
  readonly categories: string;
  readonly rules: string;
  readonly grades: string;
}

/** The key of the compile-time shape; it exists only in types, never at run time. */
declare const shapeKey: unique symbol;

/** A value that carries a profile's shape in its type. */
export interface Shaped<S extends ProfileShape> {
  readonly [shapeKey]?: S;
}

/**
 * A parsed profile whose criterion, category and rule ids are known at compile time, as returned by
 * `defineProfile` and `profile` for a profile written in code. At run time it is a plain `Profile`.
 */
export type TypedProfile<S extends ProfileShape = ProfileShape> = Profile & Shaped<S>;

/** The evaluation of a typed profile: at run time a plain `Evaluation`, its ids known at compile time. */
export type TypedEvaluation<S extends ProfileShape = ProfileShape> = Evaluation & Shaped<S>;

type IsAny<T> = 0 extends 1 & T ? true : false;
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type CategoriesOf<P> = P extends { readonly categories: infer C } ? ElementOf<C> : never;
type CriteriaOf<P> = CategoriesOf<P> extends infer C ? (C extends { readonly criteria: infer K } ? ElementOf<K> : never) : never;
type IdOf<T> = T extends { readonly id: infer I extends string } ? I : never;
type GradesOf<P> = P extends { readonly grades: infer G }
  ? ElementOf<G> extends { readonly grade: infer N extends string } ? N : string
  : 'A' | 'B' | 'C';

/**
 * Returns the shape of a profile written in code (the type of its input object): criterion ids with
 * their kinds, category and rule ids, grade names (A, B, C by default).
 *
 * @example
 * type S = ProfileShapeOf<typeof input>;
 * //=> { criteria: { 'nozzle-d': 'measurement'; 'leak-test': 'check' }; categories: 'product'; rules: never; grades: 'A' | 'B' | 'C' }
 */
export type ProfileShapeOf<P> =
  IsAny<P> extends true
    ? ProfileShape
    : {
        readonly criteria: { readonly [C in CriteriaOf<P> as IdOf<C>]: C extends { readonly kind: infer K extends CriterionKind } ? K : CriterionKind };
        readonly categories: IdOf<CategoriesOf<P>>;
        readonly rules: P extends { readonly rules: infer R } ? IdOf<ElementOf<R>> : never;
        readonly grades: GradesOf<P>;
      };

type KindsOf<P> = CriteriaOf<P> extends infer C ? (C extends { readonly kind: infer K } ? K : never) : never;

/**
 * Whether a profile input was written in TypeScript rather than read from JSON: an object with every
 * required top-level field whose criteria kinds are literal types (`'measurement'`), not `string`. A
 * profile written in code must type-check as a `ProfileInput`, so a misspelt kind or cause family is
 * a compile error, not a silent fallback; anything else is checked when it runs.
 */
export type WrittenInCode<T> = IsAny<T> extends true
  ? false
  : T extends { readonly id: unknown; readonly version: unknown; readonly title: unknown; readonly component: unknown; readonly categories: unknown }
    ? [KindsOf<T>] extends [never]
      ? false
      : string extends KindsOf<T>
        ? false
        : true
    : false;

/** The shape a typed profile or evaluation carries; the open `ProfileShape` for untyped ones. */
export type ShapeIn<T> =
  IsAny<T> extends true ? ProfileShape : T extends { readonly [shapeKey]?: infer S } ? (S extends ProfileShape ? S : ProfileShape) : ProfileShape;

/** The criterion ids of a typed profile or evaluation (`string` for untyped ones). */
export type CriterionId<T> = keyof ShapeIn<T>['criteria'] & string;

/** The ids of the criteria of some kinds in a typed profile or evaluation (`string` for untyped ones). */
export type CriterionIdOfKind<T, K extends CriterionKind> = {
  [Id in keyof ShapeIn<T>['criteria']]: [Extract<ShapeIn<T>['criteria'][Id], K>] extends [never] ? never : Id;
}[keyof ShapeIn<T>['criteria']] &
  string;

/** The category ids of a typed profile or evaluation. */
export type CategoryId<T> = ShapeIn<T>['categories'];

/**
 * The ids of the rules that can fire for a typed profile or evaluation: its own rules, the built-in
 * knock-out rule and one category-minimum rule per category.
 */
export type RuleId<T> = ShapeIn<T>['rules'] | 'knock-out' | `category-minimum:${ShapeIn<T>['categories']}`;

/** The grade names of a typed profile or evaluation. */
export type GradeName<T> = ShapeIn<T>['grades'];

/** The fields of an evidence entry for a criterion of kind `K`, besides `criterion`, as written. */
export type EntryFieldsFor<K extends CriterionKind> = K extends CriterionKind ? Omit<z.input<(typeof evidenceSchemaByKind)[K]>, 'criterion'> : never;

/** An evidence entry for one of a typed profile's criteria, with the fields of that criterion's kind. */
export type EvidenceEntryInputFor<S extends ProfileShape> = {
  [Id in keyof S['criteria'] & string]: { readonly criterion: Id } & EntryFieldsFor<S['criteria'][Id]>;
}[keyof S['criteria'] & string];

/** Evidence as written for a typed profile: every entry names one of its criteria and has that kind's fields. */
export type EvidenceInputFor<S extends ProfileShape> = Omit<EvidenceInput, 'entries'> & { readonly entries: readonly EvidenceEntryInputFor<S>[] };

type EntryIdsOf<T> = T extends { readonly entries: infer E } ? (ElementOf<E> extends { readonly criterion: infer I } ? I : never) : never;

/** Whether evidence was written in TypeScript: its entries' criterion ids are literal types, not `string`. */
export type EvidenceWrittenInCode<T> = IsAny<T> extends true ? false : [EntryIdsOf<T>] extends [never] ? false : string extends EntryIdsOf<T> ? false : true;
