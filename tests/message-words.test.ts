// Every text the engine and the command line show, swept over the sample reports of the built-in
// outline, the corpus of reports written in other tools and the outline of another shape: no
// doubled "(nếu có)", no quotation marks nested in the same kind, no period closing a quoted
// title, no code of the contract, no count of zero. In both languages, in the messages, the
// comments written into Word and the command line's table, summary line and closing line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commentRequests, type Lang } from '../src/analysis/messages';
import { quoteText } from '../src/analysis/quote';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { analyze } from '../src/analysis/report';
import type { Finding, Report, SnapshotParagraph } from '../src/analysis/types';
import { formatReport, formatSummary } from '../src/cli/format';
import { formatCopies } from '../src/cli/run-check';
import { summaryLine } from '../src/cli/summary-line';
import { readDocx } from '../src/docx/read';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import type { ReportTemplate } from '../src/template/types';
import { outline2025Text, report2025 } from './helpers/outline-2025';
import { wordProblems } from './helpers/word-rules';

const outline2025 = importOutline(snapshotFromText(outline2025Text())).outline;

/** Drafts of a report to one outline: each section left out, left empty, left as guidance, without figures. */
function drafts(template: ReportTemplate): SnapshotParagraph[][] {
  const ids = template.sections.map((s) => s.id);
  return [
    sampleParagraphs({ template }),
    sampleParagraphs({ template, noSignature: true, plainHeadings: true }),
    sampleParagraphs({ template, noFigures: ids }),
    sampleParagraphs({ template, guidance: ids }),
    sampleParagraphs({ template, empty: ids }),
    ...ids.map((id) => sampleParagraphs({ template, omit: [id] })),
    // A section out of order: the last one written first.
    [...sampleParagraphs({ template }).slice(0, 8), { text: `${template.sections[template.sections.length - 1].numbering} ${template.sections[template.sections.length - 1].title}` }, ...sampleParagraphs({ template }).slice(8)],
    [{ text: '' }],
    [{ text: 'Một văn bản khác, không phải báo cáo.' }],
  ];
}

function corpus(folder: string): SnapshotParagraph[][] {
  const dir = path.join(__dirname, '..', folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => readDocx(fs.readFileSync(path.join(dir, f))).paragraphs);
}

const CASES: { name: string; template: ReportTemplate; documents: SnapshotParagraph[][] }[] = [
  { name: 'the built-in outline: sample drafts', template: defaultTemplate, documents: drafts(defaultTemplate) },
  { name: 'the built-in outline: the sample files, the corpus and the held-out reports', template: defaultTemplate, documents: [...corpus('samples'), ...corpus('tests/fixtures/corpus'), ...corpus('tests/fixtures/heldout')] },
  { name: 'an imported outline of another shape', template: outline2025, documents: [report2025(outline2025), ...drafts(outline2025)] },
];

/** The sentence of the document a finding quotes, as the message quotes it. */
function quotedOf(f: Finding): string | undefined {
  return typeof f.data?.quote === 'string' ? quoteText(f.data.quote) : undefined;
}

/** Each text broken and what breaks it, for a readable failure. */
function broken(texts: { text: string; quoted?: string }[]): string[] {
  return texts.flatMap(({ text, quoted }) => {
    const p = wordProblems(text, quoted);
    return p.length ? [`${p.join(', ')}: ${text}`] : [];
  });
}

describe.each(CASES)('the words users read, $name', ({ template, documents }) => {
  const reports: Record<Lang, Report[]> = {
    vi: documents.map((paragraphs) => analyze({ paragraphs }, { template, lang: 'vi' })),
    en: documents.map((paragraphs) => analyze({ paragraphs }, { template, lang: 'en' })),
  };

  it.each(['vi', 'en'] as Lang[])('every finding message and every comment written into Word (%s)', (lang) => {
    const findings = reports[lang].flatMap((r) => r.findings);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(6);
    expect(broken(findings.map((f) => ({ text: f.message, quoted: quotedOf(f) })))).toEqual([]);
    const comments = reports[lang].flatMap((r) => {
      const quoted = r.findings.map(quotedOf).filter((q): q is string => q !== undefined);
      return commentRequests(r, lang).map((c) => ({ text: quoted.reduce((t, q) => t.split(q).join(''), c.text) }));
    });
    expect(comments.length).toBeGreaterThan(0);
    expect(broken(comments)).toEqual([]);
  });

  it.each(['vi', 'en'] as Lang[])('the command line: table, summary line and closing lines (%s)', (lang) => {
    const texts = reports[lang].flatMap((r, i) => {
      const quoted = r.findings.map(quotedOf).filter((q): q is string => q !== undefined);
      // Lines joined: a mark wrapped onto the next line is still seen.
      const table = formatReport(`bao-cao-${i}.docx`, r, lang, 200).replace(/\n\s+/gu, ' ');
      return [
        { text: quoted.reduce((t, q) => t.split(q).join(''), table) },
        { text: summaryLine(`bao-cao-${i}.docx`, r, lang, 200) },
      ];
    });
    const ready = reports[lang].filter((r) => r.ready).length;
    texts.push({ text: formatSummary(documents.length, ready, 0, lang) }, { text: formatSummary(3, 0, 3, lang) }, { text: formatSummary(2, 2, 0, lang) });
    texts.push({ text: formatCopies(0, 2, 'out', lang) }, { text: formatCopies(3, 0, 'out', lang) });
    expect(broken(texts)).toEqual([]);
  });
});

describe('the checks of the sweep', () => {
  it('catch the faults they look for', () => {
    expect(wordProblems('Mục “3. Kiến nghị, đề xuất (nếu có)” (nếu có) đang để trống.')).toEqual(['doubled optional mark']);
    expect(wordProblems('Optional section “3. Kiến nghị (nếu có)” is empty.')).toEqual(['doubled optional mark']);
    expect(wordProblems('Mục “2.3. Phong trào “Đoàn kết, sáng tạo”” chưa có nội dung.')).toEqual(['nested quotes']);
    expect(wordProblems('Thiếu mục “5. Tăng cường đoàn kết quốc tế.”.')).toEqual(['period inside a quoted title']);
    expect(wordProblems('1.II.4: section-missing')).toEqual(['code section-missing']);
    expect(wordProblems('Đã kiểm tra 2 tệp: 2 sẵn sàng trình ký, 0 không đọc được.')).toEqual(['zero count']);
    expect(wordProblems('Mục “1. Ưu điểm” còn câu hướng dẫn: “Nêu rõ (nếu có).”', '“Nêu rõ (nếu có).”')).toEqual([]);
    expect(wordProblems('Số tiền vận động Quỹ “Vì người nghèo”: 10 triệu đồng, 100 hộ')).toEqual([]);
  });
});
