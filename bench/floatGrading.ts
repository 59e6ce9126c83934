import type { Profile } from '../src/index.js';

/** The overall score, grade and decision cap that category sums come to in doubles. */
export interface FloatGrade {
  /** The overall score rounded to the profile's places with `Math.round`. */
  readonly score: number;
  /** Index of the grade band the score falls in. */
  readonly grade: number;
  /** The worst decision so far: 0 approved, 1 conditional, 2 rejected (knock-out, category minimums). */
  readonly cap: number;
}

/**
 * Returns the grading both baselines share (the float loop and the json-rules-engine run): from the
 * weighted score sums and weights of each category, the category scores against their minimums,
 * the overall score rounded in doubles, its grade band, and the decision of each band.
 */
export function floatGrading(profile: Profile) {
  const scale = 10 ** profile.places;
  const categoryWeights = profile.categories.map((c) => Number(c.weight));
  const minScores = profile.categories.map((c) => (c.minScore === undefined ? -Infinity : Number(c.minScore)));
  const grades = profile.grades.map((g) => Number(g.min));
  const belowMinimum = profile.decision.belowCategoryMinimum === 'rejected' ? 2 : 1;
  return {
    categories: categoryWeights.length,
    /** The decision of each grade band (0 approved, 1 conditional, 2 rejected). */
    decisionOf: profile.grades.map((g, i) => (g.decision ? ['approved', 'conditional', 'rejected'].indexOf(g.decision) : i === 0 ? 0 : i === 1 ? 1 : 2)),
    grade(sums: Float64Array, weights: Float64Array, knockOut: boolean): FloatGrade {
      let total = 0;
      let weighted = 0;
      let cap = knockOut ? 2 : 0;
      for (let k = 0; k < sums.length; k++) {
        if (weights[k] === 0) continue;
        const c = (sums[k] as number) / (weights[k] as number);
        if (Math.round(c * scale) / scale < (minScores[k] as number)) cap = Math.max(cap, belowMinimum);
        total += categoryWeights[k] as number;
        weighted += (categoryWeights[k] as number) * c;
      }
      const score = total === 0 ? 0 : Math.round((weighted / total) * scale) / scale;
      let grade = grades.findIndex((min) => score >= min);
      if (grade < 0) grade = grades.length - 1;
      return { score, grade, cap };
    },
  };
}
