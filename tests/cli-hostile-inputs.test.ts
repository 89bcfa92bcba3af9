// Inputs that are not report files, names that are not printable, long lines, large batches:
// each is one sentence naming the file, in bounded time, and the other files are still checked.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readInput } from '../src/cli/inputs';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { runCli } from './helpers/cli-run';

jest.setTimeout(30_000);

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-hostile-'));
  fs.writeFileSync(file('ready.docx'), writeDocx(sampleParagraphs()));
  fs.writeFileSync(file('draft.docx'), writeDocx(sampleParagraphs({ omit: ['1.II.4'] })));
  execFileSync('mkfifo', [file('pipe.docx')]);
  fs.symlinkSync('/dev/zero', file('zero.docx'));
  // 101 MiB announced, almost nothing on disk (a sparse file).
  fs.closeSync(fs.openSync(file('huge.docx'), 'w'));
  fs.truncateSync(file('huge.docx'), 101 * 1024 * 1024);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('files that are not files', () => {
  it('refuses a FIFO, a link to a device and a file over the size cap, one sentence each, and checks the rest', async () => {
    const r = await runCli(['check', file('pipe.docx'), file('zero.docx'), file('huge.docx'), file('ready.docx')]);
    expect(r.code).toBe(2);
    const errors = r.out.split('\n').filter((l) => l.startsWith('Lỗi: '));
    expect(errors).toEqual([
      `Lỗi: ${file('pipe.docx')} là một ống dẫn (FIFO), không phải tệp thường: hãy chỉ ra chính tệp báo cáo .docx.`,
      `Lỗi: ${file('zero.docx')} là một thiết bị, không phải tệp thường: hãy chỉ ra chính tệp báo cáo .docx.`,
      expect.stringContaining(`${file('huge.docx')}: tệp quá lớn (101 MB), tối đa 100 MB`),
    ]);
    expect(r.out).toContain(`${file('ready.docx')}: Sẵn sàng trình ký`);
    expect(r.out).toMatch(/Đã kiểm tra 4 tệp: 1 sẵn sàng trình ký, 3 không đọc được\./);
  });

  it('refuses a file over the cap, and reads a file under it whole', () => {
    const small = readInput(file('ready.docx'), 'en', 100);
    expect(small.error).toMatch(/ready\.docx: the file is too large \(\d+ KB\), at most 100 B/);
    const whole = readInput(file('ready.docx'), 'en');
    expect(whole.data?.length).toBe(fs.statSync(file('ready.docx')).size);
  });
});

describe('names that are not printable', () => {
  it('escapes control characters of file names in the table, and keeps them exact in JSON', async () => {
    const name = file('a\u001b[2J\u001b]0;x\u0007\nb\u202e.docx');
    fs.copyFileSync(file('draft.docx'), name);
    const human = await runCli(['check', name, file('nothing\u001b[31m.docx')]);
    expect(human.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(human.out).toContain('a\\x1b[2J\\x1b]0;x\\x07\\x0ab\\u202e.docx: Còn 1 lỗi');
    expect(human.out).toContain('nothing\\x1b[31m.docx: không tìm thấy tệp');
    const progress = await runCli(['check', name, file('ready.docx')], '', true);
    expect(progress.err).toContain('\r[1/2] ');
    expect(progress.err).toContain('a\\x1b[2J');
    expect(progress.err).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const json = await runCli(['check', '--json', name]);
    expect(JSON.parse(json.out)[0].file).toBe(name);
  });
});

describe('large batches', () => {
  it('writes each result as soon as the file is checked, the JSON array as it goes', async () => {
    const files = [file('ready.docx'), file('draft.docx'), file('pipe.docx'), file('ready.docx')];
    const r = await runCli(['check', '--json', ...files]);
    // After the first file, its element is already out; after the third, three are.
    expect(r.flushes).toHaveLength(4);
    expect(r.flushes[0]).toMatch(/^\[\n  \{\n    "file": ".*ready\.docx",\n    "template": "mttq-2023"[\s\S]*\n  \}$/);
    expect(r.flushes[2].split('\n  {').length - 1).toBe(3);
    const data = JSON.parse(r.out);
    expect(r.out).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(data.map((d: { file: string }) => d.file)).toEqual(files);
  });

  it('prints the human table file by file, the summary last', async () => {
    const r = await runCli(['check', file('draft.docx'), file('ready.docx')]);
    expect(r.flushes[0]).toContain('draft.docx: Còn 1 lỗi');
    expect(r.flushes[0]).not.toContain('ready.docx');
    expect(r.out.trim().split('\n').pop()).toMatch(/^Đã kiểm tra 2 tệp/);
  });
});

describe('figures on standard input', () => {
  it('skips a line over 1 MiB with one sentence, keeps the line numbers and reads on', async () => {
    const chunk = 'Tổ chức 06 hội nghị. '.repeat(3000);
    const huge = Array.from({ length: 40 }, () => chunk); // about 2.6 MB on one line
    const r = await runCli(['figures'], ['Đạt 98,6%.\n', ...huge, '\nTổ chức 06 hội nghị.\r\n']);
    expect(r.code).toBe(2);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].figures[0].text).toBe('98,6%');
    expect(lines[1]).toEqual({ line: 2, error: 'Dòng 2 dài quá 1 MB: đã bỏ qua.' });
    expect(lines[2].text).toBe('Tổ chức 06 hội nghị.');
    expect(r.err).toBe('Dòng 2 dài quá 1 MB: đã bỏ qua.\n');
  });
});
