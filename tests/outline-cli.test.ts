// `mttq-report outline import|show`, and `check --outline` / `template --outline`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main, type Io } from '../src/cli/main';
import { analyze } from '../src/analysis/report';
import { readDocx } from '../src/docx/read';
import { loadOutlineFile } from '../src/outline-file/load';
import { writeDocx } from '../src/samples/write-docx';
import { buildDocx, p } from './helpers/docx-builder';
import { OUTLINE_2025_PATH, outline2025Text, report2025 } from './helpers/outline-2025';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdin: Readable.from(['']), stderrIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-outline-'));
  const lines = outline2025Text().split('\n').filter((l) => l.trim().length > 0);
  fs.writeFileSync(file('de-cuong.docx'), buildDocx({ body: lines.map((l) => p(l)).join('') }));
  fs.writeFileSync(file('old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  fs.writeFileSync(file('broken.json'), JSON.stringify({ format: 'mttq-outline/1', id: 'x', version: '1', years: { report: 2025, plan: 2026 }, title: [], sections: [{ id: '1', level: 1, numbering: 'Phần thứ nhất', title: 'A', guidance: [], kind: 'figure', figures: [] }], closing: { notes: [], recipients: { heading: 'Nơi nhận:', placeholder: [] }, signature: { heading: 'TM.', note: '' } }, genericPhrases: [] }));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('mttq-report outline import', () => {
  it('writes a valid outline file and prints what a person reviews', async () => {
    const r = await run(['outline', 'import', OUTLINE_2025_PATH, '--out', file('de-cuong-2025.json')]);
    expect(r.code).toBe(0);
    const loaded = loadOutlineFile(fs.readFileSync(file('de-cuong-2025.json'), 'utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect([loaded.outline.id, loaded.outline.version, loaded.outline.sections.length]).toEqual(['de-cuong-2025', '1', 26]);
    expect(r.out).toContain('Đề cương de-cuong-2025 (phiên bản 1): năm báo cáo 2025, năm kế hoạch 2026');
    expect(r.out).toMatch(/1\.II\.1\.a +H4 +a\) Tuyên truyền các ngày lễ lớn +\[cần số liệu\]/);
    expect(r.out).toMatch(/1\.II\.7 +H3 +7\. Công tác sắp xếp tổ chức bộ máy \(nếu có\) +\[nếu có/);
    expect(r.out).toMatch(/2\.1 +H3 +1\. Tổ chức Đại hội và triển khai Nghị quyết Đại hội +\[khung/);
    expect(r.out).toContain('• Số tiền vận động được (số tiền)');
    expect(r.out).toContain('từ: “số lớp tập huấn báo cáo viên”');
    expect(r.out).toContain('“ĐỀ CƯƠNG” — dòng đầu văn bản, không thuộc tiêu đề báo cáo');
    expect(r.out).toContain('Đã ghi: ');
  });

  it('reads the same outline from a .docx', async () => {
    const r = await run(['outline', 'import', file('de-cuong.docx'), '--out', file('from-docx.json'), '--id', 'de-cuong-2025']);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file('from-docx.json'), 'utf8')).toBe(fs.readFileSync(file('de-cuong-2025.json'), 'utf8'));
  });

  it('does not overwrite a file without --force, and refuses what it cannot read with one sentence', async () => {
    expect((await run(['outline', 'import', OUTLINE_2025_PATH, '--out', file('de-cuong-2025.json')])).code).toBe(2);
    // A damaged Word 97-2003 file: one sentence naming it and saying how to get a .docx.
    const doc = await run(['outline', 'import', file('old.doc'), '--out', file('old.json')]);
    expect(doc.code).toBe(2);
    expect(doc.err).toContain('old.doc: ');
    expect(doc.err).toContain('.docx');
    expect(doc.err.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(file('old.json'))).toBe(false);
    const missing = await run(['outline', 'import', file('none.txt'), '--out', file('none.json'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('file not found');
    fs.writeFileSync(file('letter.txt'), 'Kính gửi các đồng chí.\nĐây không phải đề cương.');
    const letter = await run(['outline', 'import', file('letter.txt'), '--out', file('letter.json')]);
    expect(letter.code).toBe(2);
    expect(letter.err).toContain('không giống một đề cương');
    expect(fs.existsSync(file('letter.json'))).toBe(false);
  });
});

describe('mttq-report figures --outline', () => {
  async function figuresOf(line: string, args: string[]): Promise<{ code: number; figures: unknown[]; err: string }> {
    let out = '';
    let err = '';
    const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdin: Readable.from([`${line}\n`]), stderrIsTTY: false };
    const code = await main(['figures', ...args], io);
    return { code, figures: out ? (JSON.parse(out.split('\n')[0]) as { figures: unknown[] }).figures : [], err };
  }

  it("leaves out the chosen outline's own number phrases, and only those", async () => {
    const line = 'Tổ chức 12 hội nghị ở 2 cấp.';
    const withOutline = await figuresOf(line, ['--outline', file('de-cuong-2025.json')]);
    expect(withOutline.code).toBe(0);
    expect(withOutline.figures).toEqual([expect.objectContaining({ text: '12 hội nghị', value: 12 })]);
    const builtIn = await figuresOf(line, []);
    expect(builtIn.figures.length).toBeGreaterThan(withOutline.figures.length);
  });

  it('says so when the outline cannot be read', async () => {
    const r = await figuresOf('Tổ chức 12 hội nghị.', ['--outline', file('broken.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('sections[0].kind');
  });
});

describe('mttq-report outline show', () => {
  it('prints the summary of an outline file', async () => {
    const r = await run(['outline', 'show', file('de-cuong-2025.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Outline de-cuong-2025 (version 1): report year 2025, plan year 2026');
    expect(r.out).toContain("The outline's own number phrases (not figures): ở 2 cấp");
  });

  it('shows a built-in outline by its id', async () => {
    const r = await run(['outline', 'show', 'mttq-2023']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đề cương mttq-2023 (phiên bản 1): năm báo cáo 2023, năm kế hoạch 2024');
    expect(r.out).toMatch(/Tổng cộng: 30 mục/);
  });

  it('names the wrong field of a broken file and exits 2, without a stack trace', async () => {
    const r = await run(['outline', 'show', file('broken.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken.json: tệp đề cương không hợp lệ:');
    expect(r.err).toContain('sections[0].kind: giá trị không hợp lệ: chỉ nhận "figures", "text", "optional", "container"');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('check and template with --outline', () => {
  beforeAll(() => {
    const loaded = loadOutlineFile(fs.readFileSync(file('de-cuong-2025.json'), 'utf8'));
    if (!loaded.ok) throw new Error('outline file');
    fs.writeFileSync(file('bao-cao-2025.docx'), writeDocx(report2025(loaded.outline)));
  });

  it('checks a report against the outline and names it in the JSON', async () => {
    const r = await run(['check', '--json', '--outline', file('de-cuong-2025.json'), file('bao-cao-2025.docx')]);
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.out) as { template: string; outline: { id: string; version: string }; sections: { id: string; status: string }[] }[];
    expect(res.outline).toEqual({ id: 'de-cuong-2025', version: '1' });
    expect(res.template).toBe('de-cuong-2025');
    expect(res.sections).toHaveLength(26);
    expect(res.sections.filter((s) => s.status !== 'ok').map((s) => [s.id, s.status])).toEqual([
      ['1.II.4', 'no-figures'],
      ['1.II.7', 'empty'],
      ['1.III.3', 'missing'],
    ]);
  });

  it('names the built-in outline when none is given', async () => {
    const r = await run(['check', '--json', file('bao-cao-2025.docx')]);
    expect((JSON.parse(r.out) as { outline: unknown }[])[0].outline).toEqual({ id: 'mttq-2023', version: '1' });
  });

  it('stops with exit code 2 when the outline file is broken or missing', async () => {
    const r = await run(['check', '--outline', file('broken.json'), file('bao-cao-2025.docx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('sections[0].kind');
    expect((await run(['check', '--outline', file('none.json'), file('bao-cao-2025.docx')])).code).toBe(2);
  });

  it('writes the template of the outline: every heading in Heading 1-4, found again by a check', async () => {
    const r = await run(['template', '--outline', file('de-cuong-2025.json'), '--out', file('mau-2025.docx')]);
    expect(r.code).toBe(0);
    const loaded = loadOutlineFile(fs.readFileSync(file('de-cuong-2025.json'), 'utf8'));
    if (!loaded.ok) throw new Error('outline file');
    const snapshot = readDocx(fs.readFileSync(file('mau-2025.docx')));
    const report = analyze(snapshot, { template: loaded.outline });
    expect(report.sections.filter((s) => s.status === 'missing').map((s) => s.id)).toEqual([]);
    for (const s of report.sections) {
      const heading = snapshot.paragraphs[s.paragraph as number];
      expect([s.id, heading.headingLevel]).toEqual([s.id, s.level]);
    }
  });
});
