import type { MessageCode } from './en.js';

/**
 * Bahasa Indonesia text for every explanation, reason and rule, keyed exactly as the English table.
 * Numbers arrive already formatted for Indonesian (decimal comma) by the caller.
 */
type P = Readonly<Record<string, string>>;

const limitsText = (p: P) =>
  p.lsl && p.usl ? `${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `paling sedikit ${p.lsl} ${p.unit}` : `paling banyak ${p.usl} ${p.unit}`;

const auditPoints = (p: P) =>
  `${p.points} dari ${p.max} poin${p.of ? ` (rata-rata ${p.of} ${p.steps ? 'langkah proses' : 'hasil'})` : ''}${p.star ? ' (pertanyaan bintang)' : ''}`;
const DECISIONS_ID: Readonly<Record<string, string>> = {
  approved: 'disetujui',
  conditional: 'disetujui bersyarat',
  rejected: 'ditolak',
  incomplete: 'belum lengkap',
};
const decisionId = (decision: string | undefined): string => DECISIONS_ID[decision ?? ''] ?? decision ?? '';

/** ISO 2859-1 inspection severities in Bahasa Indonesia. */
const INSPECTION_STATES: Readonly<Record<string, string>> = { normal: 'normal', tightened: 'diperketat', reduced: 'dikurangi', discontinued: 'dihentikan' };
const inspectionState = (state: string | undefined): string => INSPECTION_STATES[state ?? ''] ?? state ?? '';

export const id: Record<MessageCode, (p: P) => string> = {
  'criterion.missing': () => 'Tidak ada bukti yang diberikan.',
  'criterion.missingCounted': () => 'Tidak ada bukti yang diberikan; dihitung sebagai gagal.',
  'criterion.notApplicable': (p) => `Tidak berlaku${p.reason ? `: ${p.reason}` : ''}.`,
  'criterion.assumedMet': () => 'Dianggap terpenuhi sepenuhnya (simulasi).',

  'measurement.noValues': () => 'Tidak ada nilai ukur yang diberikan.',
  'measurement.allWithin': (p) => `Semua ${p.n} nilai dalam ${limitsText(p)} (min ${p.min}, maks ${p.max}).`,
  'measurement.shareMet': (p) =>
    `${p.out} dari ${p.n} nilai di luar ${limitsText(p)} (terburuk ${p.worst} ${p.unit}); ${p.share} % sesuai, ${p.requiredShare} % disyaratkan.`,
  'measurement.outOfSpec': (p) => {
    const parts: string[] = [];
    if (p.below !== '0') parts.push(`${p.below} dari ${p.n} komponen di bawah batas bawah ${p.lsl} ${p.unit}`);
    if (p.above !== '0') parts.push(`${p.above} dari ${p.n} komponen di atas batas atas ${p.usl} ${p.unit}`);
    const share = p.requiredShare === '100' ? '' : `; ${p.share} % sesuai, ${p.requiredShare} % disyaratkan`;
    const capability = p.capability ? `; ${p.capability} terhadap ${p.capabilityMin}` : '';
    return `${parts.join(' dan ')} (terburuk ${p.worst} ${p.unit})${share}${capability}.`;
  },
  'measurement.capable': (p) => `Semua ${p.n} nilai dalam ${limitsText(p)}; ${p.index} ${p.value}${p.useBound ? ` (batas bawah ${p.confidence} % ${p.bound})` : ''} memenuhi ${p.minIndex}.`,
  'measurement.notCapable': (p) =>
    `Semua ${p.n} nilai dalam ${limitsText(p)}, tetapi ${p.index} ${p.value} di bawah ${p.minIndex}; perlu simpangan baku ${p.sigmaNeeded} ${p.unit}, bukan ${p.sigma} ${p.unit}${p.meanShift && p.meanShift !== '0' ? `, atau rata-rata digeser ${p.meanShift} ${p.unit}` : ''}.`,
  'measurement.boundShort': (p) => `${p.index} ${p.value} dari ${p.n} nilai, tetapi batas bawah ${p.confidence} %-nya ${p.bound} di bawah ${p.minIndex}.`,
  'measurement.tooFewForCapability': (p) => `Hanya ${p.n} nilai; studi kapabilitas memerlukan paling sedikit ${p.minSamples}.`,
  'measurement.capabilityUndefined': (p) => `${p.index} tidak dapat dihitung: ${p.reasonId ?? p.reason}`,

  'audit.met': (p) => `${auditPoints(p)}: persyaratan terpenuhi.`,
  'audit.partlyMet': (p) => `${auditPoints(p)}: persyaratan terpenuhi sebagian; perlu ${p.pass}.`,
  'audit.notMet': (p) => `${auditPoints(p)}: persyaratan tidak terpenuhi.`,

  'certificate.valid': (p) => `${p.held} berlaku sampai ${p.expires} (${p.remaining} hari setelah ${p.at}).`,
  'certificate.expiring': (p) =>
    `${p.held} berakhir pada ${p.expires}, hanya ${p.remaining} hari setelah ${p.at}; disyaratkan ${p.window} hari.`,
  'certificate.expired': (p) => `${p.held} telah berakhir pada ${p.expires}, ${p.overdue} hari sebelum ${p.at}.`,
  'certificate.notYetValid': (p) => `${p.held} diterbitkan ${p.issued}, setelah ${p.at}.`,
  'certificate.wrongStandard': (p) => `Sertifikat yang dimiliki adalah ${p.held}; yang disyaratkan ${p.standard}.`,

  'metric.meetsTarget': (p) => `${p.value}${p.unit ? ` ${p.unit}` : ''} memenuhi ${p.target ? `target ${p.target}` : `batas ${p.limit}`}.`,
  'metric.belowTarget': (p) =>
    `${p.value}${p.unit ? ` ${p.unit}` : ''} memenuhi batas ${p.limit}${p.target ? ` tetapi belum mencapai target ${p.target}` : ' tetapi belum mencapai pita tertinggi'}.`,
  'metric.worseThanLimit': (p) =>
    `${p.value}${p.unit ? ` ${p.unit}` : ''}; disyaratkan ${p.better === 'at least' ? 'paling sedikit' : 'paling banyak'} ${p.limit}.`,

  'document.accepted': (p) => `Status "${p.status}"${p.date ? `, bertanggal ${p.date}` : ''}: diterima.`,
  'document.statusNotAccepted': (p) => `Status "${p.status}" tidak diterima (${p.accepted}).`,
  'document.tooOld': (p) => `Bertanggal ${p.date}, ${p.age} hari sebelum ${p.at}; paling lama ${p.maxAge} hari.`,
  'document.undated': (p) => `Tidak bertanggal; umurnya paling lama ${p.maxAge} hari.`,
  'document.datedAfter': (p) => `Bertanggal ${p.date}, setelah tanggal evaluasi ${p.at}.`,

  'check.met': (p) => `Jawaban "${p.value === 'yes' ? 'ya' : 'tidak'}", sesuai persyaratan.`,
  'check.notMet': (p) => `Jawaban "${p.value === 'yes' ? 'ya' : 'tidak'}"; disyaratkan "${p.expected === 'yes' ? 'ya' : 'tidak'}".`,

  'inspection.allAccepted': (p) => `Semua ${p.lots} lot diterima pada AQL ${p.aql}, level ${p.level}; inspeksi sekarang ${inspectionState(p.state)}.`,
  'inspection.someRejected': (p) => `${p.accepted} dari ${p.lots} lot diterima pada AQL ${p.aql}, level ${p.level}; lot terakhir diterima; inspeksi sekarang ${inspectionState(p.state)}.`,
  'inspection.lastRejected': (p) => `${p.accepted} dari ${p.lots} lot diterima pada AQL ${p.aql}, level ${p.level}; lot terakhir ditolak; inspeksi sekarang ${inspectionState(p.state)}.`,
  'inspection.discontinued': (p) => `Inspeksi dihentikan setelah ${p.lots} lot (${p.accepted} diterima): lima lot ditolak pada inspeksi diperketat.`,
  'inspection.tooFewInspected': (p) => `Lot ${p.lot} diperiksa pada ${p.inspected} unit; rencananya memerlukan ${p.needed}.`,
  'reason.grade': (p) => `Skor ${p.score} memberi nilai ${p.grade}.`,
  'reason.gradeCapped': (p) => `Skor ${p.score} memberi nilai ${p.scoreGrade}, dibatasi menjadi ${p.grade} oleh aturan ${p.rules}.`,
  'reason.rule': (p) => `${p.titleId ?? p.title}: ${p.criteria || p.categories || p.score}.`,
  'reason.groupRule': (p) => `${p.titleId ?? p.title}: ${p.groups}.`,
  'reason.missing': (p) => `Tidak ada bukti untuk ${p.count} kriteria: ${p.criteria}.`,
  'reason.decision': (p) => `Keputusan: ${p.decision}.`,

  'path.close': (p) => `Tutup ${p.criterion} (+${p.points}): skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.provide': (p) => `Berikan bukti bahwa ${p.criterion} terpenuhi (+${p.points}): skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.plan': (p) =>
    p.count === '0'
      ? `Sudah ${decisionId(p.decision)}.`
      : `Untuk mencapai ${decisionId(p.target)}: ${p.count} kesenjangan ditutup (${p.criteria}); lalu skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.unreachable': (p) =>
    `${decisionId(p.target)} tidak dapat dicapai hanya dengan menutup kesenjangan: bila ke-${p.count} ditutup, skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,

  'rule.knockOut': () => 'Kriteria kritis gagal (gugur) menolak',
  'rule.categoryMinimum': (p) => `Kategori ${p.category} di bawah minimumnya ${p.min}`,
  'rule.custom': (p) => p.title ?? p.id ?? '',
};
