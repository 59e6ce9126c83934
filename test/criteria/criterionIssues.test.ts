import { describe, expect, test } from 'vitest';
import { parseProfile } from '../../src/parse/parseProfile.js';

const profile = (categories: object[]) => ({ id: 'p', version: '1', title: 'P', component: { name: 'C' }, categories });
const problems = (input: unknown) => {
  const result = parseProfile(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path} ${issue.code}`);
};

describe('criterionIssues: resolution', () => {
  test('a resolution must be above 0, for measurements and metrics', () => {
    expect(
      problems(
        profile([
          {
            id: 'a',
            title: 'A',
            criteria: [
              { kind: 'measurement', id: 'd', title: 'D', unit: 'mm', lsl: 1, resolution: 0, causeFamily: 'machine' },
              { kind: 'metric', id: 'm', title: 'M', direction: 'higher-is-better', limit: 90, resolution: '-0.1', causeFamily: 'method' },
              { kind: 'metric', id: 'n', title: 'N', direction: 'higher-is-better', limit: 90, resolution: '0.1', causeFamily: 'method' },
            ],
          },
        ]),
      ),
    ).toEqual(['categories[0].criteria[0].resolution too_small', 'categories[0].criteria[1].resolution too_small']);
  });
});
