/**
 * An esbuild plugin for the global bundles only: it loads decimal.js without the methods the library
 * never calls (trigonometric, hyperbolic, logarithm, exponential, roots, base conversion, random,
 * fraction, modulo, exponential notation, clamping, rounding to an integer, truncation, sum and
 * sign), so they and the helpers only they use drop out of the bundle. decimal.js is one class whose
 * methods cannot be tree-shaken; this saves about 15 KB minified.
 *
 * Safety: each removal must match exactly once, so a different decimal.js layout fails the build
 * instead of shipping something else, and test/build/slimDecimal.test.ts fails when src/ calls a
 * removed method.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/** Decimal methods (prototype and static, by every name they have) left out of the global bundle. */
export const REMOVED_DECIMAL_METHODS = [
  ['cosine', 'cos'],
  ['cubeRoot', 'cbrt'],
  ['dividedToIntegerBy', 'divToInt'],
  ['hyperbolicCosine', 'cosh'],
  ['hyperbolicSine', 'sinh'],
  ['hyperbolicTangent', 'tanh'],
  ['inverseCosine', 'acos'],
  ['inverseHyperbolicCosine', 'acosh'],
  ['inverseHyperbolicSine', 'asinh'],
  ['inverseHyperbolicTangent', 'atanh'],
  ['inverseSine', 'asin'],
  ['inverseTangent', 'atan'],
  ['logarithm', 'log'],
  ['modulo', 'mod'],
  ['naturalExponential', 'exp'],
  ['naturalLogarithm', 'ln'],
  ['sine', 'sin'],
  ['squareRoot', 'sqrt'],
  ['tangent', 'tan'],
  ['clampedTo', 'clamp'],
  ['round'],
  ['toBinary'],
  ['toExponential'],
  ['toFraction'],
  ['toHexadecimal', 'toHex'],
  ['toNearest'],
  ['toOctal'],
  ['truncated', 'trunc'],
] as const;

/** Static functions of the constructor left out (`Decimal.sin = sin;` in `clone`). */
export const REMOVED_DECIMAL_STATICS = [
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'clamp', 'cos', 'cosh', 'exp', 'hypot', 'ln', 'log',
  'log10', 'log2', 'mod', 'random', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'sum', 'tan', 'tanh', 'trunc',
] as const;

/** Every method name a caller could use for a removed function. */
export const REMOVED_DECIMAL_NAMES: readonly string[] = [
  ...new Set([...REMOVED_DECIMAL_METHODS.flat(), ...REMOVED_DECIMAL_STATICS]),
];

function removeOnce(source: string, pattern: RegExp, what: string): string {
  const matches = source.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (!matches || matches.length !== 1) {
    throw new Error(`slimDecimal: expected exactly one ${what} in decimal.js, found ${matches?.length ?? 0}`);
  }
  return source.replace(pattern, '');
}

/**
 * Returns decimal.js's ES module source without the removed methods and constants.
 *
 * @example
 * slimDecimalSource(readFileSync('node_modules/decimal.js/decimal.mjs', 'utf8')).includes('P.sine =')
 * //=> false
 */
export function slimDecimalSource(source: string): string {
  let out = source.replace(/\r\n/g, '\n');
  for (const names of REMOVED_DECIMAL_METHODS) {
    const head = names.map((name) => `P\\.${name} = `).join('');
    out = removeOnce(out, new RegExp(`^${head}function[\\s\\S]*?^};\\n`, 'm'), `P.${names[0]}`);
  }
  for (const name of REMOVED_DECIMAL_STATICS) {
    out = removeOnce(out, new RegExp(`^  Decimal\\.${name} = ${name};.*\\n`, 'm'), `Decimal.${name}`);
  }
  // The 1,025 digits of pi, which only the removed trigonometric functions read. (ln 10 stays:
  // `pow` with a fractional exponent needs it.)
  out = removeOnce(out, /^PI = new Decimal\(PI\);\n/m, 'PI constant');
  out = removeOnce(out, /^ {2}PI = '[0-9.]+',\n/m, 'PI digits');
  out = removeOnce(out, /^ {2}PI_PRECISION = PI\.length - 1,\n/m, 'PI_PRECISION');
  return out;
}

/** The esbuild plugin that loads decimal.js through `slimDecimalSource`.
 *
 * @example
 * await esbuild.build({ entryPoints: ['src/global.ts'], bundle: true, plugins: [slimDecimal()] })
 */
export function slimDecimal(): Plugin {
  return {
    name: 'slim-decimal',
    setup(build) {
      build.onLoad({ filter: /[\\/]decimal\.js[\\/]decimal\.mjs$/ }, (args) => ({
        contents: slimDecimalSource(readFileSync(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
