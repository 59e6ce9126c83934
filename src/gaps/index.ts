export { checkedDecisiveCauses as decisiveCauses } from './checkedDecisiveCauses.js';
export { gapList } from './gapList.js';
export { pathToPass, type PathToPass, type PathPlan, type PathStep, type PathToPassOptions } from './pathToPass.js';
export type { EffortTotal } from './effortTotal.js';
export { whatIf, type WhatIfChanges, type WhatIfOptions, type WhatIfResult } from './whatIf.js';
export { compareEvaluations, profileChanges, type EvaluationComparison, type ProfileChanges } from './compareEvaluations.js';
export {
  evaluationDifference,
  type EvaluationDifference,
  type CriterionChange,
  type CriterionState,
  type GapChange,
  type GapState,
} from './evaluationDifference.js';
