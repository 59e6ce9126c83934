/**
 * The pump-injector requirement profile: the buyer's own product, material, quality-system and
 * performance criteria, with the process questions (VDA 6.3 element P6) built by the VDA 6.3 builder. `profile.json` is this profile written out; regenerate it with
 * `npx tsx examples/pump-injector/profile.ts > examples/pump-injector/profile.json`.
 */
import { fileURLToPath } from 'node:url';
import type { ProfileInput } from 'supplier-quality';
import { composeProfile, type ProfileBlock } from 'supplier-quality';
import { vda63Block } from 'supplier-quality/schemes';

const idr = (days: number, cost: number) => ({ days, cost, currency: 'IDR' });

/** The buyer's own categories: the injector drawing, its material, the quality system and delivery performance. */
const buyerBlock: ProfileBlock = {
  categories: [
    {
      id: 'product',
      title: 'Product specification',
      weight: 4,
      criteria: [
        {
          kind: 'measurement',
          id: 'nozzle-d',
          title: 'Nozzle orifice diameter',
          severity: 'critical',
          causeFamily: 'machine',
          unit: 'mm',
          nominal: '3.20',
          tolerance: '0.02',
          // Measured on the orifice air gauge: its values count only while the gauge study below qualifies it.
          gauge: 'nozzle-gauge',
          weight: 3,
          reference: 'DWG-JP250-INJ rev. C, item 4',
          remedy: 'Replace the worn drill bushing and re-ream the orifice; verify with a 32-part run on a calibrated pin gauge.',
          effort: idr(5, 4500000),
          translations: { id: { title: 'Diameter lubang nozzle', remedy: 'Ganti bushing bor yang aus dan reamer ulang lubangnya; verifikasi dengan 32 komponen memakai pin gauge terkalibrasi.' } },
        },
        {
          kind: 'measurement',
          id: 'throat-d',
          title: 'Venturi throat diameter',
          severity: 'critical',
          causeFamily: 'machine',
          unit: 'mm',
          nominal: '6.50',
          tolerance: '0.05',
          weight: 3,
          reference: 'DWG-JP250-INJ rev. C, item 7',
          remedy: 'Re-grind or replace the reamer and hold the throat with a go/no-go plug gauge at the machine.',
          effort: idr(10, 12000000),
          translations: { id: { title: 'Diameter leher venturi', remedy: 'Gerinda ulang atau ganti reamer, dan jaga diameter leher dengan plug gauge go/no-go di mesin.' } },
        },
        {
          kind: 'measurement',
          id: 'overall-length',
          title: 'Overall length',
          severity: 'major',
          causeFamily: 'method',
          unit: 'mm',
          nominal: '86.0',
          upperDeviation: '+0.3',
          lowerDeviation: '-0.2',
          // A capability figure from the audit's ten parts counts only from a stable cut-off: no Nelson rule may flag a point.
          capability: { min: '1.0', minSamples: 10, requireStable: { rules: ['nelson'], effort: idr(3, 1500000) } },
          weight: 1,
          remedy: 'Set a fixed end stop on the cut-off and check the first part of every batch.',
          effort: idr(1, 500000),
          translations: { id: { title: 'Panjang keseluruhan', remedy: 'Pasang stopper tetap pada pemotongan dan periksa komponen pertama setiap batch.' } },
        },
        {
          kind: 'check',
          id: 'leak-test',
          title: 'Hydrostatic leak test at 9 bar for 60 s on every part',
          severity: 'critical',
          causeFamily: 'method',
          weight: 2,
          remedy: 'Install a leak-test bench with a calibrated gauge and log each part.',
          effort: idr(14, 25000000),
          translations: { id: { title: 'Uji kebocoran hidrostatik 9 bar selama 60 detik pada setiap komponen', remedy: 'Pasang bangku uji kebocoran dengan manometer terkalibrasi dan catat setiap komponen.' } },
        },
        {
          kind: 'gauge-study',
          id: 'nozzle-gauge',
          title: 'Gauge R&R of the orifice air gauge (10 parts, 3 operators, 2 trials)',
          // A gate, not a score: the study qualifies the gauge the orifice is measured with (AIAG MSA 4th ed., %Tolerance).
          basis: 'tolerance',
          characteristic: 'nozzle-d',
          severity: 'major',
          causeFamily: 'measurement',
          weight: 0,
          reference: 'PPAP element 8, measurement system analysis',
          remedy: 'Recalibrate the air gauge against the setting masters and train every inspector on the same clamping routine; repeat the study.',
          effort: idr(3, 2000000),
          translations: {
            id: {
              title: 'Gauge R&R air gauge lubang nozzle (10 komponen, 3 operator, 2 ulangan)',
              remedy: 'Kalibrasi ulang air gauge terhadap master setting dan latih semua inspektor dengan cara penjepitan yang sama; ulangi studinya.',
            },
          },
        },
      ],
      translations: { id: { title: 'Spesifikasi produk' } },
    },
    {
      id: 'material',
      title: 'Material',
      weight: 1,
      criteria: [
        {
          kind: 'document',
          id: 'body-material-cert',
          title: 'Body material test report (EN 10204 3.1, brass CW617N)',
          document: 'Material test report',
          severity: 'major',
          causeFamily: 'material',
          acceptedStatuses: ['approved'],
          maxAgeDays: 365,
          remedy: 'Buy bar stock only with a 3.1 mill certificate and file it per heat number.',
          effort: idr(7, 0),
          translations: { id: { title: 'Laporan uji material badan (EN 10204 3.1, kuningan CW617N)', remedy: 'Beli batang bahan hanya dengan sertifikat pabrik 3.1 dan arsipkan per nomor heat.' } },
        },
      ],
      translations: { id: { title: 'Material' } },
    },
    {
      id: 'quality-system',
      title: 'Quality system and people',
      weight: 2,
      criteria: [
        {
          kind: 'certificate',
          id: 'iso-9001',
          title: 'ISO 9001 certification',
          standard: 'ISO 9001',
          alsoAccepted: ['IATF 16949'],
          minRemainingDays: 90,
          severity: 'major',
          causeFamily: 'method',
          remedy: 'Schedule the surveillance or recertification audit with the certification body.',
          effort: idr(60, 30000000),
          translations: { id: { title: 'Sertifikasi ISO 9001', remedy: 'Jadwalkan audit surveilans atau sertifikasi ulang dengan lembaga sertifikasi.' } },
        },
      ],
      translations: { id: { title: 'Sistem mutu dan SDM' } },
    },
    {
      id: 'performance',
      title: 'Delivery and defect performance',
      weight: 2,
      criteria: [
        {
          kind: 'metric',
          id: 'defect-ppm',
          title: 'Defect rate at incoming inspection (12 months)',
          unit: 'ppm',
          direction: 'lower-is-better',
          limit: 1000,
          target: 200,
          severity: 'major',
          causeFamily: 'method',
          remedy: 'Run 8D on the top two defect types and add a final inspection step.',
          effort: idr(30, 5000000),
          translations: { id: { title: 'Tingkat cacat pada inspeksi penerimaan (12 bulan)', remedy: 'Jalankan 8D untuk dua jenis cacat teratas dan tambahkan langkah inspeksi akhir.' } },
        },
        {
          kind: 'metric',
          id: 'on-time-delivery',
          title: 'On-time delivery (12 months)',
          unit: '%',
          direction: 'higher-is-better',
          limit: 90,
          target: 98,
          severity: 'minor',
          causeFamily: 'method',
          remedy: "Plan production from the buyer's forecast and keep a safety stock of two weeks.",
          effort: idr(30, 8000000),
          translations: { id: { title: 'Ketepatan waktu pengiriman (12 bulan)', remedy: 'Rencanakan produksi dari perkiraan pembeli dan simpan stok pengaman dua minggu.' } },
        },
      ],
      translations: { id: { title: 'Kinerja pengiriman dan cacat' } },
    },
  ],
  rules: [],
};

/**
 * Two questions of a VDA 6.3:2016 process audit of production (P6), built with the VDA 6.3 builder.
 * Question numbers follow the standard; the titles are the buyer's own short texts. They sit in the
 * quality-system category beside the certificate, and the builder's 2016 rules are scoped to that
 * category; the classification of the block's own E_G is left out, as the category also holds the
 * certificate (the audit groups still report E_G, E_P6 and E_U).
 */
const processQuestions = vda63Block({
  edition: '2016',
  category: 'quality-system',
  classify: false,
  elements: [
    {
      element: 'P6',
      questions: [
        {
          number: 'P6.3.1',
          id: 'op-training',
          title: 'Operators are qualified and trained for their tasks',
          remedy: 'Train the lathe operators on the work instruction and gauge use; keep a qualification matrix.',
          effort: idr(10, 6000000),
          translations: { id: { title: 'Operator memenuhi kualifikasi dan terlatih untuk tugasnya', remedy: 'Latih operator bubut tentang instruksi kerja dan cara memakai alat ukur; simpan matriks kualifikasi.' } },
        },
        {
          number: 'P6.4.2',
          id: 'machine-maintenance',
          title: 'Machines and tools are maintained on a preventive plan',
          remedy: 'Write a preventive-maintenance plan for the lathes and record each service.',
          effort: idr(7, 3000000),
          translations: { id: { title: 'Mesin dan perkakas dirawat menurut rencana pemeliharaan preventif', remedy: 'Buat rencana pemeliharaan preventif untuk mesin bubut dan catat setiap servis.' } },
        },
      ],
    },
  ],
});

/**
 * Returns the pump-injector profile: the buyer's categories, with the VDA 6.3 questions and their
 * rules in the quality-system category.
 */
export function pumpInjectorProfile(): ProfileInput {
  const [product, material, qualitySystem, performance] = buyerBlock.categories;
  const withQuestions = { ...qualitySystem!, criteria: [...qualitySystem!.criteria, ...processQuestions.categories[0]!.criteria] };
  return composeProfile({
    $schema: '../../schema/profile.schema.json',
    id: 'pump-injector-jp250',
    version: '2026.1',
    title: 'Injector (jet ejector) for the JP-250 shallow-well jet pump',
    buyer: 'Water-pump maker, supplier quality department',
    component: { name: 'Pump injector (jet ejector)', partNumber: 'JP250-INJ-01', drawing: 'DWG-JP250-INJ rev. C' },
    places: 1,
    grades: [
      { grade: 'A', min: 90 },
      { grade: 'B', min: 80 },
      { grade: 'C', min: 0 },
    ],
    decision: { missingEvidence: 'incomplete', reauditDays: 90 },
    translations: { id: { title: 'Injektor (jet ejector) untuk pompa jet sumur dangkal JP-250' } },
    blocks: [{ categories: [product!, material!, withQuestions, performance!], rules: processQuestions.rules }],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(pumpInjectorProfile(), null, 2));
}
