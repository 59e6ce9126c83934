import type { CauseFamily } from '../../schema/primitives.js';

/** The VDA 6.3 editions the builder knows; only 2016 has its evaluation rules implemented. */
export const VDA63_EDITIONS = ['2016', '2023'] as const;
export type Vda63Edition = (typeof VDA63_EDITIONS)[number];

/** The editions whose evaluation rules (classification and downgrading) are implemented. */
export const VDA63_IMPLEMENTED_EDITIONS: readonly Vda63Edition[] = ['2016'];

/** The process elements of a VDA 6.3 process audit that are scored (P1 potential analysis is not). */
export const VDA63_ELEMENT_IDS = ['P2', 'P3', 'P4', 'P5', 'P6', 'P7'] as const;
export type Vda63ElementId = (typeof VDA63_ELEMENT_IDS)[number];

/** One process element or P6 sub-element: its id, short label, title and the 6M family its gaps default to. */
export interface Vda63Part {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly titleId: string;
  readonly causeFamily: CauseFamily;
}

/**
 * The process elements P2–P7 of VDA 6.3:2016 (§1.2 of the structure: P1 potential analysis has its own
 * traffic-light result and is not part of E_G). Titles are the element names; the 6M families are
 * this library's defaults for where gaps usually lie.
 */
export const VDA63_ELEMENTS: Readonly<Record<Vda63ElementId, Vda63Part>> = {
  P2: { id: 'P2', label: 'P2', title: 'Project management', titleId: 'Manajemen proyek', causeFamily: 'method' },
  P3: { id: 'P3', label: 'P3', title: 'Planning of product and process development', titleId: 'Perencanaan pengembangan produk dan proses', causeFamily: 'method' },
  P4: { id: 'P4', label: 'P4', title: 'Implementation of product and process development', titleId: 'Pelaksanaan pengembangan produk dan proses', causeFamily: 'method' },
  P5: { id: 'P5', label: 'P5', title: 'Supplier management', titleId: 'Manajemen pemasok', causeFamily: 'material' },
  P6: { id: 'P6', label: 'P6', title: 'Process analysis / production', titleId: 'Analisis proses / produksi', causeFamily: 'method' },
  P7: { id: 'P7', label: 'P7', title: 'Customer care, customer satisfaction, service', titleId: 'Layanan pelanggan, kepuasan pelanggan, servis', causeFamily: 'method' },
};

/**
 * The six sub-elements of P6 in VDA 6.3:2016, E_U1 to E_U6, numbered P6.1 to P6.6 as their questions
 * (P6.3.1 belongs to E_U3 personnel resources).
 */
export const VDA63_P6_SUB_ELEMENTS: readonly Vda63Part[] = [
  { id: 'P6.1', label: 'E_U1', title: 'Process input', titleId: 'Masukan proses', causeFamily: 'material' },
  { id: 'P6.2', label: 'E_U2', title: 'Work carried out', titleId: 'Pekerjaan yang dilakukan', causeFamily: 'method' },
  { id: 'P6.3', label: 'E_U3', title: 'Personnel resources', titleId: 'Sumber daya personel', causeFamily: 'man' },
  { id: 'P6.4', label: 'E_U4', title: 'Material resources', titleId: 'Sumber daya material', causeFamily: 'machine' },
  { id: 'P6.5', label: 'E_U5', title: 'Efficiency', titleId: 'Efisiensi', causeFamily: 'method' },
  { id: 'P6.6', label: 'E_U6', title: 'Process output', titleId: 'Keluaran proses', causeFamily: 'method' },
];

/** Where a question sits in the VDA 6.3 structure. */
export interface Vda63QuestionPlace {
  /** The number in canonical form, e.g. `P6.3.1`. */
  readonly number: string;
  readonly element: Vda63ElementId;
  /** `P6.1` … `P6.6` for P6 questions. */
  readonly subElement?: string;
}

const NUMBER = /^P?([2-7])\.([1-9]\d?)(?:\.([1-9]\d?))?$/i;

/**
 * Returns the element (and for P6 the sub-element) of a VDA 6.3 question number, or null when the
 * number does not have the form `P<2–7>.<n>`, or `P6.<1–6>.<n>` for P6. A leading `P` is optional.
 *
 * @example
 * vda63QuestionPlace('6.3.1')
 * //=> { number: 'P6.3.1', element: 'P6', subElement: 'P6.3' }
 */
export function vda63QuestionPlace(number: string): Vda63QuestionPlace | null {
  if (typeof number !== 'string') return null;
  const match = NUMBER.exec(number.trim());
  if (!match) return null;
  const [, e, a, b] = match as unknown as [string, string, string, string | undefined];
  const element = `P${e}` as Vda63ElementId;
  if (element === 'P6') {
    if (b === undefined || Number(a) > 6) return null;
    return { number: `P6.${a}.${b}`, element, subElement: `P6.${a}` };
  }
  if (b !== undefined) return null;
  return { number: `${element}.${a}`, element };
}
