// The test outline of another shape (tests/fixtures/outline/de-cuong-2025-mau.txt) and a report
// written to it: every section with its own text, the figures where the outline asks for them,
// except 1.II.4 (only the outline's own "ở 2 cấp"), 1.II.7 left empty and 1.III.3 left out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SnapshotParagraph } from '../../src/analysis/types';
import type { ReportTemplate } from '../../src/template/types';

export const OUTLINE_2025_PATH = path.join(__dirname, '..', 'fixtures', 'outline', 'de-cuong-2025-mau.txt');

export const REPORT_2025_BODY: Record<string, string> = {
  '1.I': 'Ban hành 12 văn bản chỉ đạo, hướng dẫn; tổ chức 8 cuộc kiểm tra.',
  '1.II.1.a': 'Tổ chức 3 lớp tập huấn báo cáo viên với 240 người tham dự.',
  '1.II.1.b': 'Tuyên truyền về chủ quyền biển, đảo bằng nhiều hình thức.',
  '1.II.2.1': 'Vận động Quỹ “Vì người nghèo” được 2,5 tỷ đồng, hỗ trợ xây dựng 45 nhà Đại đoàn kết.',
  '1.II.2.2': 'Ứng dụng chuyển đổi số trong sinh hoạt khu dân cư.',
  '1.II.3': 'Tỷ lệ kiến nghị sau giám sát được tiếp thu, giải quyết đạt 92%.',
  '1.II.4': 'Tham gia góp ý xây dựng Đảng, chính quyền ở 2 cấp.',
  '1.II.5': 'Triển khai Nghị quyết bằng nhiều mô hình hiệu quả.',
  '1.II.6': 'Có 120 khu dân cư tổ chức Ngày hội Đại đoàn kết.',
  '1.III.1': 'Hoàn thành các nhiệm vụ đề ra.',
  '1.III.2': 'Một số nơi còn lúng túng.',
  '2.1.1': 'Tổ chức thành công Đại hội cấp xã.',
  '2.1.2': 'Triển khai Nghị quyết đến khu dân cư.',
  '2.2': 'Phát huy sức mạnh khối đại đoàn kết.',
  '2.3': 'Giám sát việc thực hiện chính sách.',
  '2.4': 'Đổi mới phương thức hoạt động.',
  '3': 'Các tổ chức thành viên xây dựng kế hoạch thực hiện.',
};

export function outline2025Text(): string {
  return fs.readFileSync(OUTLINE_2025_PATH, 'utf8');
}

/** The report's paragraphs, headings typed as the outline writes them. */
export function report2025(outline: ReportTemplate): SnapshotParagraph[] {
  const report: SnapshotParagraph[] = [{ text: 'BÁO CÁO' }, ...outline.title.map((t) => ({ text: t }))];
  for (const s of outline.sections) {
    if (s.id === '1.III.3') continue; // the "nếu có" section left out
    if (s.level === 1) report.push({ text: s.numbering }, { text: s.title });
    else report.push({ text: `${s.numbering} ${s.title}` });
    if (REPORT_2025_BODY[s.id]) report.push({ text: REPORT_2025_BODY[s.id] });
  }
  report.push({ text: 'Nơi nhận:' }, { text: '- Như trên;' }, { text: 'TM. BAN THƯỜNG TRỰC' }, { text: 'PHÓ CHỦ TỊCH' }, { text: 'Nguyễn Văn An' });
  return report;
}
