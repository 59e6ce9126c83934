import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../src/decimal.js';
import { decisionForGrade, gradeBandFor } from '../../../src/scoring/grades.js';
import { VDA63_GRADES } from '../../../src/schemes/vda63/vda63Grades.js';

describe('VDA63_GRADES (VDA 6.3:2016 classification)', () => {
  it('classifies A from 90 %, B from 80 %, C below', () => {
    const grade = (score: string) => gradeBandFor(toDecimal(score), VDA63_GRADES).grade;
    expect(['100', '90', '89.9', '80', '79.9', '0'].map(grade)).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
    expect(['A', 'B', 'C'].map((g) => decisionForGrade(g, VDA63_GRADES))).toEqual(['approved', 'conditional', 'rejected']);
  });
});
