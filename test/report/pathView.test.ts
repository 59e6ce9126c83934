import { describe, expect, it } from 'vitest';
import { pathToPass, type PathToPass } from '../../src/gaps/pathToPass.js';
import { formatterFor } from '../../src/report/format.js';
import { pathText, pathView } from '../../src/report/pathView.js';
import { titlesFor } from '../../src/report/reportInputs.js';
import { plain } from '../../src/report/evaluationText.js';
import { evaluationOf, profile } from './fixtures.js';

const path = pathToPass(profile, evaluationOf('sumber-logam'));
const en = formatterFor('en');
const id = formatterFor('id');

describe('pathView', () => {
  it('shows the steps both routes start with once, and the effort of the whole path in one note', () => {
    const view = pathView(en, titlesFor(profile, 'en'), path, 1);
    expect(view.shared.map((step) => step.criterion)).toEqual(path.next!.criteria.slice(0, 6));
    expect(view.plans.map((plan) => [plan.target, plan.start, plan.steps.length, plan.reached])).toEqual([
      ['conditional', 7, 0, 'Reached after step 6.'],
      ['approved', 7, 1, undefined],
    ]);
    expect(view.notes).toEqual(['Effort for the whole path: 108 days, IDR 59,000,000.']);
  });

  it('branches where the routes part, and names the steps without an estimate once', () => {
    const [a, b, c, d] = path.approval!.steps;
    const noEffort = { ...b!, effort: undefined };
    const parted: PathToPass = {
      ...path,
      next: { ...path.next!, steps: [a!, noEffort, c!], criteria: [a!.criterion, b!.criterion, c!.criterion] },
      approval: { ...path.approval!, steps: [a!, noEffort, d!, c!], criteria: [a!.criterion, b!.criterion, d!.criterion, c!.criterion] },
    };
    const text = pathText(id, pathView(id, titlesFor(profile, 'id'), parted, 1), plain);
    expect(text.split('\n').map((line) => line.replace(/ \(\+.*$/, ''))).toEqual([
      'Jalan terpendek menuju lulus:',
      '  2 langkah pertama sama untuk kedua jalur:',
      '    1. Diameter leher venturi',
      '    2. Uji kebocoran hidrostatik 9 bar selama 60 detik pada setiap komponen',
      '  Untuk mencapai “Bersyarat”: tutup 3 kesenjangan; lalu skor 81,5, nilai B.',
      '    3. Mesin dan perkakas dirawat menurut rencana pemeliharaan preventif',
      '  Untuk mencapai “Disetujui”: tutup 4 kesenjangan; lalu skor 92,6, nilai A.',
      '    3. Laporan uji material badan (EN 10204 3.1, kuningan CW617N)',
      '    4. Mesin dan perkakas dirawat menurut rencana pemeliharaan preventif',
      // Days and costs of the four different steps; the leak test (no estimate here) is named once.
      `  Upaya untuk seluruh jalur: ${10 + 7 + 7} hari, IDR ${(12 + 3).toLocaleString('id-ID')}.000.000; tanpa perkiraan untuk Uji kebocoran hidrostatik 9 bar selama 60 detik pada setiap komponen.`,
    ]);
  });
});
