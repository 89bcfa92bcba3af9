import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { runCli as run } from './helpers/cli-run';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { readDocx } from '../src/docx/read';
import { analyze } from '../src/analysis/report';
import { COMMENT_MARKER } from '../src/analysis/messages';
import { unzipSync, strFromU8 } from 'fflate';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-cli-'));
  fs.writeFileSync(file('ready.docx'), writeDocx(sampleParagraphs()));
  fs.writeFileSync(file('draft.docx'), writeDocx(sampleParagraphs({ omit: ['1.II.4'], empty: ['1.III.2'] })));
  fs.writeFileSync(file('empty.docx'), new Uint8Array(0));
  fs.writeFileSync(file('notes.docx'), 'Đây là tệp văn bản thường, không phải .docx');
  fs.writeFileSync(file('other.docx'), zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  fs.writeFileSync(file('old.doc'), ole);
  const enc = new Uint8Array(4096);
  enc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  enc.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
  fs.writeFileSync(file('locked.docx'), enc);
  fs.mkdirSync(file('folder'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('mttq-report check', () => {
  it('exits 0 and says so when every file is ready', async () => {
    const r = await run(['check', file('ready.docx')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ready.docx: Sẵn sàng trình ký');
    expect(r.out).toMatch(/Đã kiểm tra 1 tệp: 1 sẵn sàng trình ký\./);
    expect(r.out).toMatch(/1\.I +I\. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI +✓ Đạt/);
  });

  it('exits 1 and lists the problems, section by section, when a file is not ready', async () => {
    const r = await run(['check', file('ready.docx'), file('draft.docx')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('draft.docx: Còn 2 lỗi cần sửa trước khi trình ký');
    expect(r.out).toMatch(/1\.II\.4 .*✗ Thiếu mục/);
    expect(r.out).toMatch(/1\.III\.2 .*○ Chưa có nội dung/);
    expect(r.out).toContain('[Lỗi] Thiếu mục “4. Tăng cường đoàn kết quốc tế, mở rộng hoạt động đối ngoại nhân dân”.');
    expect(r.out).toMatch(/Đã kiểm tra 2 tệp: 1 sẵn sàng trình ký, 1 chưa sẵn sàng\./);
  });

  it('gives the JSON contract with --json, one object per file in the order given', async () => {
    const r = await run(['check', '--json', file('draft.docx'), file('ready.docx'), file('notes.docx')]);
    expect(r.code).toBe(2);
    const data = JSON.parse(r.out);
    expect(data.map((d: { file: string }) => path.basename(d.file))).toEqual(['draft.docx', 'ready.docx', 'notes.docx']);
    const [draft, ready, notes] = data;
    expect(draft).toMatchObject({ template: 'mttq-2023', ready: false });
    expect(draft.sections).toHaveLength(30);
    expect(draft.sections[0]).toEqual(expect.objectContaining({ id: '1', status: 'ok', figures: [], checklist: [] }));
    const s = draft.sections.find((x: { id: string }) => x.id === '1.I');
    expect(Object.keys(s)).toEqual(['id', 'title', 'status', 'figures', 'checklist']);
    expect(s.checklist[0]).toEqual(expect.objectContaining({ label: expect.any(String), found: true, evidence: expect.stringContaining('06 hội nghị') }));
    expect(draft.sections.find((x: { id: string }) => x.id === '1.II.4').status).toBe('missing');
    expect(draft.findings[0]).toEqual({ code: 'section-missing', severity: 'error', section: '1.II.4', message: expect.stringContaining('Thiếu mục') });
    expect(ready.ready).toBe(true);
    expect(notes).toEqual({ file: file('notes.docx'), error: expect.stringMatching(/notes\.docx: .*\.docx/) });
  });

  it('gives each bad file one clear sentence, checks the others, and exits 2', async () => {
    const names = ['missing.docx', 'folder', 'empty.docx', 'notes.docx', 'other.docx', 'old.doc', 'locked.docx'];
    const r = await run(['check', ...names.map(file), file('ready.docx')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('ready.docx: Sẵn sàng trình ký');
    const errors = r.out.split('\n').filter((l) => l.startsWith('Lỗi: '));
    expect(errors).toHaveLength(names.length);
    expect(errors[0]).toMatch(/missing\.docx: không tìm thấy tệp/);
    expect(errors[1]).toMatch(/folder là một thư mục/);
    expect(errors[2]).toMatch(/empty\.docx: .*(trống|rỗng)/);
    expect(errors[5]).toMatch(/old\.doc: .*\.doc.*\.docx/);
    expect(errors[6]).toMatch(/locked\.docx: .*mật khẩu/);
    for (const e of errors) expect(e).not.toMatch(/\n\s+at |Error:/);
    expect(r.out).toMatch(/Đã kiểm tra 8 tệp: 1 sẵn sàng trình ký, 7 không đọc được\./);
  });

  it('shows progress on standard error only when it is a terminal', async () => {
    const quiet = await run(['check', file('ready.docx'), file('draft.docx')]);
    expect(quiet.err).toBe('');
    const tty = await run(['check', file('ready.docx'), file('draft.docx')], '', true);
    expect(tty.err).toContain('[2/2]');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['check', '--lang', 'en', file('draft.docx')]);
    expect(r.out).toContain('draft.docx: 2 error(s) to fix before signing');
  });
});

describe('mttq-report figures, help, version, usage', () => {
  it('prints the figures of each line as one JSON object a line', async () => {
    const r = await run(['figures'], 'Tổ chức 06 hội nghị, đạt 98,6%.\nTheo Quyết định 217-QĐ/TW ngày 12/12/2013.\n');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].text).toBe('Tổ chức 06 hội nghị, đạt 98,6%.');
    expect(lines[0].figures).toEqual([
      { text: '06 hội nghị', value: 6, unit: 'hội nghị', kind: 'count', start: 8, end: 19 },
      { text: '98,6%', value: 98.6, unit: '%', kind: 'rate', start: 25, end: 30 },
    ]);
    expect(lines[1].figures).toEqual([]);
  });

  it('has --help and --version, and exits 2 on a usage error', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('check');
    expect(help.out).toContain('figures');
    const version = await run(['--version']);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = await run(['check']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/thiếu tham số bắt buộc/);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});

describe('mttq-report template and check --annotate', () => {
  it('writes the template .docx: checking it reports every section empty, none missing', async () => {
    const out = file('mau.docx');
    const r = await run(['template', '--out', out, '--unit', 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', '--place', 'Bắc Ninh']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã tạo mẫu báo cáo');
    const report = analyze(readDocx(fs.readFileSync(out)));
    expect(report.headingsFound).toBe(30);
    for (const s of report.sections) {
      expect(s.status).toBe(s.id === '1' || s.id === '2' || ['1.II', '1.II.2', '1.II.3', '1.II.5', '1.III'].includes(s.id) ? 'ok' : 'empty');
    }
    const text = readDocx(fs.readFileSync(out)).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH');
    expect(text).toMatch(/Bắc Ninh, ngày/);
    // Never overwrites without --force.
    const again = await run(['template', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/--force/);
    expect((await run(['template', '--out', out, '--force'])).code).toBe(0);
  });

  it('writes the template atomically: never through a link at --out, even with --force', async () => {
    fs.writeFileSync(file('precious.txt'), 'giữ nguyên');
    fs.symlinkSync(file('precious.txt'), file('link.docx'));
    const refused = await run(['template', '--out', file('link.docx')]);
    expect(refused.code).toBe(2);
    expect(fs.lstatSync(file('link.docx')).isSymbolicLink()).toBe(true);
    expect((await run(['template', '--out', file('link.docx'), '--force'])).code).toBe(0);
    expect(fs.lstatSync(file('link.docx')).isFile()).toBe(true);
    expect(fs.readFileSync(file('precious.txt'), 'utf8')).toBe('giữ nguyên');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes an annotated copy of each file, one comment per flagged section, and leaves the original alone', async () => {
    const outDir = file('nhan-xet');
    const before = fs.readFileSync(file('draft.docx'));
    const r = await run(['check', '--annotate', outDir, file('draft.docx'), file('ready.docx'), file('notes.docx')]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(file('draft.docx')).equals(before)).toBe(true);
    const copy = path.join(outDir, 'draft-nhan-xet.docx');
    expect(r.out).toContain(copy);
    const zip = unzipSync(fs.readFileSync(copy));
    const comments = strFromU8(zip['word/comments.xml']);
    expect(comments.split('<w:comment ').length - 1).toBe(2);
    expect(comments).toContain(COMMENT_MARKER);
    expect(readDocx(fs.readFileSync(copy)).paragraphs).toEqual(readDocx(before).paragraphs);
    expect(fs.existsSync(path.join(outDir, 'notes-nhan-xet.docx'))).toBe(false);
  });
});
