import type { GradeBand } from '../../schema/profile.js';
import { ABC_CLASSES, DRIV_CLASSES } from './scorecardClasses.js';
import { SCORECARD_MAIN_CRITERIA, SCORECARD_SUBCRITERIA, type ScorecardMain, type ScorecardSubcriterion, type SubcriterionSettings } from './scorecardCriteria.js';
import type * as z from 'zod/mini';
import type { scorecardBlockOptionsSchema } from './scorecardOptions.js';

type Options = z.infer<typeof scorecardBlockOptionsSchema>;

/** The included subcriteria of each main criterion, with the buyer's settings. */
export interface ScorecardParts {
  readonly mains: ReadonlyArray<{
    readonly main: ScorecardMain;
    readonly weight: string;
    readonly subs: ReadonlyArray<{ readonly sub: ScorecardSubcriterion; readonly settings: SubcriterionSettings }>;
  }>;
  readonly classes: readonly GradeBand[];
}

/**
 * Returns the main criteria that have subcriteria, their weights and settings, and the class bands
 * from checked scorecard options.
 *
 * @example
 * scorecardParts({}).mains.map((m) => m.main)
 * //=> ['quality', 'delivery', 'service']
 */
export function scorecardParts(options: Options): ScorecardParts {
  const mains = SCORECARD_MAIN_CRITERIA.map((main) => ({
    main,
    weight: options.weights?.[main] ?? '1',
    subs: SCORECARD_SUBCRITERIA.filter((sub) => sub.main === main).flatMap((sub) => {
      const given = options.subcriteria?.[sub.id as keyof NonNullable<Options['subcriteria']>];
      const on = given === undefined ? sub.byDefault : given !== false;
      return on ? [{ sub, settings: typeof given === 'object' ? given : {} }] : [];
    }),
  })).filter((m) => m.subs.length > 0);
  const classes = options.classes === undefined || options.classes === 'driv' ? DRIV_CLASSES : options.classes === 'abc' ? ABC_CLASSES : options.classes;
  return { mains, classes };
}
