// The command line on Word 97-2003 files and on files whose name does not say what they are.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli as run } from './helpers/cli-run';

const FIXTURES = path.join(__dirname, 'fixtures', 'doc');

interface FileResult {
  file: string;
  ready?: boolean;
  error?: string;
  sections?: { id: string; status: string }[];
  findings?: { code: string; section: string | null }[];
}

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-cli-doc-'));
  for (const name of fs.readdirSync(FIXTURES)) {
    if (/\.docx?$/.test(name)) fs.copyFileSync(path.join(FIXTURES, name), file(name));
  }
  fs.copyFileSync(path.join(FIXTURES, 'report.docx'), file('doi-ten.doc'));
  const locked = fs.readFileSync(path.join(FIXTURES, 'report.doc'));
  for (let at = 512; at < locked.length; at += 512) {
    if (locked[at] === 0xec && locked[at + 1] === 0xa5) {
      locked[at + 0x0b] |= 0x01;
      break;
    }
  }
  fs.writeFileSync(file('khoa.doc'), locked);
  fs.writeFileSync(file('van-ban.doc'), '{\\rtf1\\ansi Báo cáo năm 2023}');
  fs.writeFileSync(file('trang-web.doc'), '<html><head><meta charset="utf-8"></head><body><p>Báo cáo</p></body></html>');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const statuses = (r: FileResult) => r.sections?.map((s) => `${s.id} ${s.status}`);

describe('mttq-report check on .doc files', () => {
  it('gives a .doc report the statuses and findings of the .docx it came from', async () => {
    const names = ['report', 'draft', 'text-boxes'];
    const r = await run(['check', '--json', ...names.flatMap((n) => [file(`${n}.doc`), file(`${n}.docx`)])]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.out) as FileResult[];
    for (let i = 0; i < names.length; i++) {
      const [doc, docx] = [results[2 * i], results[2 * i + 1]];
      expect(doc.error).toBeUndefined();
      expect(statuses(doc)).toEqual(statuses(docx));
      expect(doc.findings).toEqual(docx.findings);
      expect(doc.ready).toBe(docx.ready);
    }
    expect(results[2].sections?.find((s) => s.id === '1.II.4')?.status).toBe('missing');
  });

  it('reads a .docx saved under a .doc name as a .docx', async () => {
    const r = await run(['check', file('doi-ten.doc')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('doi-ten.doc: Sẵn sàng trình ký');
  });

  it('gives each bad file one sentence naming it, and still checks the others', async () => {
    const bad = ['truncated.doc', 'khoa.doc', 'van-ban.doc', 'trang-web.doc'];
    const r = await run(['check', ...bad.map(file), file('report.doc')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('report.doc: Sẵn sàng trình ký');
    const errors = r.out.split('\n').filter((l) => l.startsWith('Lỗi: '));
    expect(errors).toHaveLength(bad.length);
    expect(errors[0]).toMatch(/truncated\.doc: Tệp Word cũ \(\.doc\) bị hỏng/);
    expect(errors[1]).toMatch(/khoa\.doc: .*mật khẩu/);
    expect(errors[2]).toMatch(/van-ban\.doc: .*RTF/);
    expect(errors[3]).toMatch(/trang-web\.doc: .*trang web \(HTML\)/);
    for (const e of errors) {
      expect(e).not.toMatch(/\n\s+at |Error:/);
      expect(e.slice(e.indexOf(': ', 5) + 2).split(/\.\s+\S/)).toHaveLength(1);
    }
    expect(r.out).toMatch(/Đã kiểm tra 5 tệp: 1 sẵn sàng trình ký, 4 không đọc được\./);
  });

  it('gives the error sentence in English with --lang en and in the JSON', async () => {
    const r = await run(['check', '--json', '--lang', 'en', file('khoa.doc')]);
    expect(JSON.parse(r.out)).toEqual([{ file: file('khoa.doc'), error: expect.stringMatching(/khoa\.doc: .*password-protected/) }]);
  });

  it('with --annotate, says in one sentence that a copy needs a .docx, and annotates the rest', async () => {
    const out = file('nhan-xet');
    const r = await run(['check', '--annotate', out, file('draft.doc'), file('draft.docx')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('draft.doc: Còn 2 lỗi cần sửa trước khi trình ký');
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/draft\.doc: bản có nhận xét cần tệp \.docx .*Lưu thành/)]);
    expect(fs.readdirSync(out)).toEqual(['draft-nhan-xet.docx']);
  });
});
