// A realistic filled-in report, as a commune committee would write it, for the demo, the web
// page's first view, the tests and the benchmarks. Variants remove, empty or leave guidance in
// sections, the way real drafts arrive at the receiving level.
import { defaultTemplate } from '../template';
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { SnapshotParagraph } from '../analysis/types';

/** Body text per section id: what a committee actually wrote. */
export const SAMPLE_BODIES: Record<string, string[]> = {
  '1.I': [
    'Ngay từ đầu năm, Ban Thường trực Ủy ban MTTQ Việt Nam xã đã phối hợp tổ chức 06 hội nghị quán triệt, triển khai các chủ trương của Đảng và công tác Mặt trận, với 1.052 lượt người tham dự.',
    'Ban hành 24 văn bản (02 nghị quyết, 08 kế hoạch, 14 hướng dẫn) để triển khai công tác Mặt trận đến các Ban Công tác Mặt trận ở 12 khu dân cư.',
    'Tham mưu Đảng ủy ban hành Kế hoạch chuẩn bị Đại hội đại biểu MTTQ Việt Nam xã nhiệm kỳ 2024-2029 theo đúng hướng dẫn của cấp trên.',
    'Tổ chức 05 cuộc kiểm tra việc thực hiện Chương trình phối hợp và thống nhất hành động tại các Ban Công tác Mặt trận.',
  ],
  '1.II.1': [
    'Phối hợp tuyên truyền nhân các ngày lễ, kỷ niệm lớn bằng nhiều hình thức: pa-nô, khẩu hiệu, loa truyền thanh, nhóm Zalo của 12 khu dân cư với 350 tin, bài.',
    'Tổng hợp, phản ánh ý kiến, kiến nghị của nhân dân định kỳ; ban hành 04 báo cáo tình hình nhân dân gửi Đảng ủy, HĐND, UBND xã.',
    'Kết nạp mới 01 tổ chức thành viên, nâng tổng số tổ chức thành viên của Ủy ban MTTQ xã lên 21 tổ chức.',
    'Ngày hội Đại đoàn kết toàn dân tộc được tổ chức tại 12/12 khu dân cư, trong đó 09 khu dân cư tổ chức bữa cơm đại đoàn kết.',
  ],
  '1.II.2.1': [
    'Cuộc vận động được triển khai sâu rộng; xây dựng 03 mô hình “Khu dân cư xanh - sạch - đẹp”.',
    'Phối hợp lấy ý kiến sự hài lòng của người dân về xây dựng nông thôn mới nâng cao: 96,5% số hộ được hỏi hài lòng.',
    'Tháng cao điểm “Vì người nghèo” vận động được 245 triệu đồng; hỗ trợ xây dựng mới 04 căn nhà Đại đoàn kết và sửa chữa 02 căn.',
  ],
  '1.II.2.2': [
    'Tham mưu Ban Chỉ đạo cuộc vận động xã ban hành kế hoạch năm; các tổ chức thành viên lồng ghép nội dung cuộc vận động trong sinh hoạt định kỳ, giới thiệu sản phẩm OCOP của địa phương.',
  ],
  '1.II.2.3': [
    'Tham mưu Đảng ủy lãnh đạo phong trào; các tổ chức thành viên cụ thể hóa bằng các phong trào “Nông dân sản xuất, kinh doanh giỏi”, “Phụ nữ tích cực học tập, lao động sáng tạo”.',
  ],
  '1.II.2.4': [
    'Duy trì 08 mô hình bảo vệ môi trường, an toàn giao thông và phòng chống tội phạm, tiêu biểu là mô hình “Tuyến đường tự quản” và “Camera an ninh”.',
  ],
  '1.II.3.1': [
    'Phối hợp tổ chức 04 hội nghị tiếp xúc cử tri, tập hợp 45 ý kiến, kiến nghị; đến nay 42/45 ý kiến đã được trả lời, giải quyết, đạt 93,3%.',
    'Tổ chức 18 buổi tuyên truyền pháp luật với hơn 2.300 lượt người tham dự. Ban Thanh tra nhân dân thực hiện 06 cuộc giám sát; Ban Giám sát đầu tư của cộng đồng giám sát 03 công trình.',
    'Các tổ hòa giải ở cơ sở tiếp nhận 27 vụ việc, hòa giải thành 24 vụ việc, tỷ lệ hòa giải thành đạt 88,9%.',
    'Tham gia tiếp công dân 12 buổi; tiếp nhận 15 đơn thư, đã giải quyết 13 đơn, chuyển cơ quan chức năng 02 đơn.',
  ],
  '1.II.3.2': [
    'Tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng; tiếp nhận và chuyển 02 ý kiến tố giác tiêu cực đến cơ quan có thẩm quyền.',
    'Tổ chức góp ý 05 dự thảo văn bản, trong đó có dự thảo Luật Đất đai (sửa đổi).',
    'Tổ chức hội nghị tổng kết 10 năm thực hiện Quyết định 218-QĐ/TW, biểu dương 15 tập thể, cá nhân có thành tích tiêu biểu.',
  ],
  '1.II.3.3': [
    'Chủ trì giám sát 02 cuộc theo Quyết định 217-QĐ/TW về thực hiện chính sách bảo hiểm y tế và quản lý đất công; sau giám sát kiến nghị 07 nội dung, đã được tiếp thu 07/07 nội dung.',
  ],
  '1.II.3.4': [
    'Tổ chức phản biện xã hội đối với dự thảo Đề án chỉnh trang đô thị của xã bằng hình thức hội nghị; cơ quan chủ trì soạn thảo đã tiếp thu, giải trình đầy đủ.',
  ],
  '1.II.4': [
    'Tuyên truyền chủ trương đối ngoại của Đảng đến cán bộ, hội viên; phối hợp đón 02 đoàn giao lưu nhân dân và ký 01 bản ghi nhớ hợp tác về phát triển du lịch cộng đồng.',
  ],
  '1.II.5.1': [
    'Hoàn thành xây dựng dự thảo báo cáo chính trị, đề án nhân sự Ủy ban MTTQ Việt Nam xã khóa mới; tổ chức Đại hội điểm tại khu dân cư số 3.',
  ],
  '1.II.5.2': [
    'Kiện toàn 03 chức danh Trưởng Ban Công tác Mặt trận và hiệp thương bổ sung 02 Ủy viên Ủy ban MTTQ xã.',
    'Phối hợp tổ chức 02 lớp tập huấn nghiệp vụ công tác Mặt trận với 96 người tham dự.',
    'Ứng dụng phần mềm quản lý văn bản và nhóm Zalo điều hành đến 100% Ban Công tác Mặt trận.',
  ],
  '1.II.5.3': [
    'Tổ chức 04 hội nghị hiệp thương với các tổ chức thành viên, thống nhất 06 nội dung phối hợp trọng tâm.',
    'Ký kết 02 quy chế phối hợp với UBND xã và Hội đồng nhân dân xã về giám sát, phản biện xã hội.',
  ],
  '1.III.1': [
    'Công tác Mặt trận năm 2023 có nhiều đổi mới, bám sát nhiệm vụ chính trị của địa phương; các cuộc vận động, phong trào thi đua được nhân dân hưởng ứng tích cực.',
    'Nguyên nhân: sự lãnh đạo sát sao của Đảng ủy, sự phối hợp chặt chẽ của chính quyền và sự tham gia tích cực của các tổ chức thành viên.',
  ],
  '1.III.2': [
    'Một số Ban Công tác Mặt trận hoạt động còn hình thức; việc nắm bắt tình hình nhân dân có lúc chưa kịp thời.',
    'Nguyên nhân: đội ngũ cán bộ ở khu dân cư thường xuyên thay đổi, kinh phí hoạt động còn hạn chế.',
  ],
  '1.III.3': ['Đề nghị Ủy ban MTTQ Việt Nam huyện tăng cường tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ cơ sở.'],
  '2.1': ['Tổ chức thành công Đại hội đại biểu MTTQ Việt Nam xã nhiệm kỳ 2024-2029 và triển khai Nghị quyết Đại hội đến các khu dân cư.'],
  '2.2': ['Đổi mới nội dung tuyên truyền, phát huy vai trò người có uy tín; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả khu dân cư.'],
  '2.3': ['Tiếp tục thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, vận động Quỹ “Vì người nghèo”.'],
  '2.4': ['Nâng cao chất lượng giám sát, phản biện xã hội; tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh.'],
  '2.5': ['Tiếp tục tuyên truyền chủ trương đối ngoại của Đảng, duy trì giao lưu nhân dân với các địa phương kết nghĩa.'],
  '2.6': ['Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ Mặt trận, đẩy mạnh ứng dụng công nghệ thông tin.'],
};

/** The shortcomings of the web page's sample: 1.II.4 left out, 1.III.2 left empty, 1.I still holding the outline's guidance. */
export const SAMPLE_SHORTCOMINGS = { omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.I'] };

export interface SampleOptions {
  template?: ReportTemplate;
  /** Issuing body for the header block. */
  unit?: string;
  /** Sections to leave out entirely (heading and body). */
  omit?: string[];
  /** Sections whose heading stays but whose body is removed. */
  empty?: string[];
  /** Sections whose body is the outline's guidance instead of text. */
  guidance?: string[];
  /** Sections whose body has its figures written out in words instead of numbers. */
  noFigures?: string[];
  /** Headings as plain paragraphs (no heading style), as in a report typed without the template. */
  plainHeadings?: boolean;
  /** Leave the signature block out. */
  noSignature?: boolean;
}

function headingParagraphs(section: TemplateSection, plain: boolean): SnapshotParagraph[] {
  const level = plain ? undefined : section.level;
  if (section.level === 1) {
    return [
      { text: section.numbering, headingLevel: level },
      { text: section.title, headingLevel: level },
    ];
  }
  return [{ text: `${section.numbering} ${section.title}`, headingLevel: level }];
}

const WORDS_FOR_NUMBERS: [RegExp, string][] = [[/\d+([.,]\d+)*(\s*%)?/g, 'nhiều']];

/** The sample report as paragraphs, in reading order, with heading levels. */
export function sampleParagraphs(options: SampleOptions = {}): SnapshotParagraph[] {
  const template = options.template ?? defaultTemplate;
  const omit = new Set(options.omit ?? []);
  const empty = new Set(options.empty ?? []);
  const guidance = new Set(options.guidance ?? []);
  const noFigures = new Set(options.noFigures ?? []);
  const out: SnapshotParagraph[] = [
    { text: options.unit ?? 'ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA', inTable: true },
    { text: 'BAN THƯỜNG TRỰC', inTable: true },
    { text: 'Số: 45/BC-MTTQ-BTT', inTable: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inTable: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', inTable: true },
    { text: 'Tân Hòa, ngày 15 tháng 12 năm 2023', inTable: true },
    { text: 'BÁO CÁO' },
    ...template.title.map((text) => ({ text })),
  ];
  for (const section of template.sections) {
    if (omit.has(section.id) || [...omit].some((o) => section.id.startsWith(o + '.'))) continue;
    out.push(...headingParagraphs(section, options.plainHeadings === true));
    for (const lead of section.lead ?? []) out.push({ text: lead });
    if (empty.has(section.id)) continue;
    if (guidance.has(section.id)) {
      for (const g of section.guidance) out.push({ text: g });
      continue;
    }
    for (const body of SAMPLE_BODIES[section.id] ?? []) {
      const text = noFigures.has(section.id) ? WORDS_FOR_NUMBERS.reduce((t, [re, w]) => t.replace(re, w), body) : body;
      out.push({ text });
    }
  }
  out.push({ text: 'Nơi nhận:', inTable: true });
  out.push({ text: '- Ủy ban MTTQ Việt Nam huyện;', inTable: true });
  out.push({ text: '- Đảng ủy, HĐND, UBND xã;', inTable: true });
  out.push({ text: '- Lưu VT.', inTable: true });
  if (!options.noSignature) {
    out.push({ text: 'TM. BAN THƯỜNG TRỰC', inTable: true });
    out.push({ text: 'CHỦ TỊCH', inTable: true });
    out.push({ text: 'Nguyễn Văn An', inTable: true });
  }
  return out;
}

/**
 * A long report for benchmarks: the sample's sections, each body repeated until the document has
 * about `paragraphs` paragraphs.
 */
export function longReport(paragraphs: number, template: ReportTemplate = defaultTemplate): SnapshotParagraph[] {
  const base = sampleParagraphs({ template });
  const bodies = Object.values(SAMPLE_BODIES).flat();
  const out: SnapshotParagraph[] = [];
  const extraPerSection = Math.max(0, Math.ceil((paragraphs - base.length) / template.sections.length));
  let k = 0;
  for (const p of base) {
    out.push(p);
    if (p.headingLevel !== undefined && p.headingLevel > 1) {
      for (let i = 0; i < extraPerSection; i++) out.push({ text: bodies[k++ % bodies.length] });
    }
  }
  return out;
}
