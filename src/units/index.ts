export { unitInfo, canonicalUnit, unitKey, type UnitInfo, type UnitQuantity } from './unitInfo.js';
export { conversionBetween, type UnitConversion, type UnitConversionFailure } from './conversionBetween.js';
export { convertValue } from './convertValue.js';
export { compareConverted } from './compareConverted.js';
export { unitConversionIssue, unitConversionIssues } from './unitConversionIssues.js';
