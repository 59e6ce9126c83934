/**
 * supplier-quality/schemes: standard schemes as ready profiles and as blocks: the VDA 6.3 process
 * audit (elements, questions, grades and downgrade rules), AIAG PPAP (elements by submission level,
 * the PSW disposition, the initial process study) and the periodic supplier scorecard (goods receipt,
 * complaints, ppm, delivery, weighted classes). A block is a set of categories; `composeProfile`
 * (from the root entry) joins blocks into one profile. Page: docs/api.md.
 */
export type { ProfileBlock, CategoryInput } from './profileBlock.js';
export { VDA_POINT_LEVELS } from '../kinds/audit-question/schema.js';

export { vda63Profile, type Vda63ProfileOptions } from './vda63/vda63Profile.js';
export { vda63Block } from './vda63/vda63Block.js';
export { vda63Rules, type Vda63RulesOptions } from './vda63/vda63Rules.js';
export { VDA63_GRADES } from './vda63/vda63Grades.js';
export type { Vda63BlockOptions, Vda63ElementInput, Vda63QuestionInput } from './vda63/vda63Options.js';
export {
  VDA63_EDITIONS,
  VDA63_IMPLEMENTED_EDITIONS,
  VDA63_ELEMENT_IDS,
  VDA63_ELEMENTS,
  VDA63_P6_SUB_ELEMENTS,
  vda63QuestionPlace,
  type Vda63Edition,
  type Vda63ElementId,
  type Vda63Part,
  type Vda63QuestionPlace,
} from './vda63/vda63Structure.js';

export { PPAP_ELEMENTS, ppapElement, type PpapElement, type PpapLevel, type PpapRequirement } from './ppap/ppapElements.js';
export { PPAP_LEVELS, PPAP_DEFAULT_LEVEL } from './ppap/ppapLevels.js';
export { ppapRequirement } from './ppap/ppapRequirement.js';
export { ppapBlock } from './ppap/ppapBlock.js';
export { ppapProfile, type PpapProfileOptions } from './ppap/ppapProfile.js';
export type { PpapBlockOptions } from './ppap/ppapOptions.js';
export { PPAP_GRADES } from './ppap/ppapGrades.js';
export { initialStudyDisposition, type InitialStudyDisposition } from './ppap/initialStudyDisposition.js';
export { initialStudyCriteria, PPAP_INITIAL_STUDY, type PpapCharacteristicInput } from './ppap/initialStudyCriteria.js';
export { PSW_DISPOSITIONS, checkedPswDisposition, type PswDisposition } from './ppap/pswDisposition.js';
export { decisionForPswDisposition } from './ppap/decisionForPswDisposition.js';
export { pswDispositionFor, type InterimLimits } from './ppap/pswDispositionFor.js';

export { scorecardProfile, type ScorecardProfileOptions } from './scorecard/scorecardProfile.js';
export { scorecardBlock } from './scorecard/scorecardBlock.js';
export type { ScorecardBlockOptions } from './scorecard/scorecardOptions.js';
export { SCORECARD_MAIN_CRITERIA, SCORECARD_SUBCRITERIA, type ScorecardSubcriterion } from './scorecard/scorecardCriteria.js';
export { DRIV_CLASSES, ABC_CLASSES, scorecardClass } from './scorecard/scorecardClasses.js';
export { goodsReceiptScore, type GoodsReceiptInput } from './scorecard/goodsReceiptScore.js';
export { complaintScore, type ComplaintInput } from './scorecard/complaintScore.js';
export { partsPerMillion } from './scorecard/partsPerMillion.js';
export { cumulativePpm, type PpmPeriod } from './scorecard/cumulativePpm.js';
export { onTimeDeliveryPercent } from './scorecard/onTimeDeliveryPercent.js';
export { weightedTotal, type WeightedScore } from './scorecard/weightedTotal.js';
