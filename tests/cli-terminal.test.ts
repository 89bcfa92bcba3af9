// The command line in an 80-column terminal: no line of `check` (table, summary, progress) is
// wider, lines break at spaces, `--summary` gives one line per file, and the progress line of a
// batch is rewritten in place on a terminal only.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from './helpers/cli-run';
import { main, type Io } from '../src/cli/main';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { formatReport } from '../src/cli/format';
import { summaryLine } from '../src/cli/summary-line';
import { textWidth, terminalWidth, wrapWords } from '../src/cli/wrap';
import type { Report } from '../src/analysis/types';

const samples = fs.readdirSync('samples').filter((f) => f.endsWith('.docx')).map((f) => path.join('samples', f));
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-term-'));
  fs.writeFileSync(file('ready.docx'), writeDocx(sampleParagraphs()));
  fs.writeFileSync(file('draft.docx'), writeDocx(sampleParagraphs({ omit: ['1.II.4'], empty: ['1.III.2'] })));
  fs.writeFileSync(file('notes.docx'), 'không phải .docx');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const widest = (text: string) => Math.max(...text.split(/[\n\r]/).map(textWidth));

/** Every word of `text` is whole on some line of `out` (no word was cut in two). */
function wordsWhole(text: string, out: string): void {
  const words = new Set(out.split(/\s+/));
  for (const w of text.split(/\s+/).filter(Boolean)) expect(words).toContain(w);
}

const LONG_TITLE = 'Kết quả triển khai thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào thi đua của các tổ chức thành viên ở khu dân cư';
const LONG_FINDING = `Mục “${LONG_TITLE}” vẫn là nội dung hướng dẫn của đề cương: thay bằng kết quả thực tế của đơn vị trong năm, có số liệu cụ thể.`;

function longReport(): Report {
  return {
    template: 'mttq-2023',
    ready: false,
    headingsFound: 2,
    errorCount: 2,
    warningCount: 1,
    sections: [
      { id: '1.II.2.1', title: `2.1. ${LONG_TITLE}`, level: 4, status: 'guidance-left', figures: [], checklist: [{ id: 'a', label: LONG_TITLE, found: false, optional: true }] },
      { id: '1.II.3', title: `3. ${LONG_TITLE}`, level: 3, status: 'ok', figures: ['12 khu dân cư'], checklist: [{ id: 'b', label: 'Số khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc', found: true, figure: '12/12 khu dân cư' }] },
      { id: 'phan-thu-hai-muc-bon-rat-dai', title: 'Mục có mã dài', level: 1, status: 'empty', figures: [], checklist: [] },
      { id: '2.4', title: `4. ${'X'.repeat(120)}`, level: 2, status: 'missing', figures: [], checklist: [] },
    ],
    findings: [
      { code: 'guidance-left', severity: 'error', section: '1.II.2.1', message: LONG_FINDING },
      { code: 'missing-section', severity: 'error', section: '2.4', message: `Thiếu mục “4. ${'X'.repeat(120)}”.\u001b[2J${'Y'.repeat(70)}` },
      { code: 'no-figures', severity: 'warning', section: '1.II.3', message: LONG_FINDING, ignored: { reason: LONG_TITLE } },
    ],
  } as Report;
}

describe('check in an 80-column terminal', () => {
  it('prints no line longer than 80 for the samples, a batch with an unreadable file, and --summary', async () => {
    for (const args of [samples, [file('ready.docx'), file('draft.docx'), file('notes.docx')]]) {
      for (const mode of [[], ['--summary'], ['--lang', 'en'], ['--summary', '--lang', 'en']]) {
        const r = await runCli(['check', ...mode, ...args], '', true, 80);
        expect(r.out).not.toBe('');
        expect(widest(r.out)).toBeLessThanOrEqual(80);
        // The progress line is rewritten in place ("\r"), one column short of the width.
        expect(r.err).toContain('\r');
        expect(widest(r.err)).toBeLessThan(80);
      }
    }
  });

  it('wraps very long headings and findings at words, cutting only a word wider than the line', () => {
    const out = formatReport('bao-cao.docx', longReport(), 'vi', 80);
    expect(widest(out)).toBeLessThanOrEqual(80);
    wordsWhole(LONG_TITLE, out);
    wordsWhole(LONG_FINDING, out);
    expect(out).toContain('lý do:');
    // Control characters are escaped before the line is measured.
    expect(out).toContain('\\x1b[2J');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\n  phan-thu-hai-muc-bon-rat-dai\n');
    for (const lang of ['vi', 'en'] as const) expect(widest(formatReport('a.docx', longReport(), lang, 40))).toBeLessThanOrEqual(40);
    expect(wrapWords(`ab ${'y'.repeat(25)} cd`, 10)).toEqual(['ab', 'y'.repeat(10), 'y'.repeat(10), 'yyyyy cd']);
  });

  it('uses the width it is given, and 80 when the terminal says nothing', async () => {
    const narrow = await runCli(['check', samples[0]], '', false, 50);
    expect(widest(narrow.out)).toBeLessThanOrEqual(50);
    const wide = await runCli(['check', samples[0]], '', false, 160);
    expect(widest(wide.out)).toBeGreaterThan(80);
    const unknown = await runCli(['check', samples[0]], '', false, null);
    expect(widest(unknown.out)).toBeLessThanOrEqual(80);
    expect(widest(unknown.out)).toBeGreaterThan(60);
    expect(terminalWidth({}, undefined)).toBe(80);
    expect(terminalWidth({}, 120)).toBe(120);
    expect(terminalWidth({ COLUMNS: '100' }, 120)).toBe(100);
    expect(terminalWidth({ COLUMNS: 'abc' }, undefined)).toBe(80);
  });
});

describe('check --summary', () => {
  it('gives one line per file and names the unreadable files at the end', async () => {
    const r = await runCli(['check', '--summary', file('ready.docx'), file('draft.docx'), file('notes.docx')], '', false, 200);
    expect(r.code).toBe(2);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`✓ ${file('ready.docx')}: sẵn sàng trình ký`);
    expect(lines[1]).toMatch(new RegExp(`^✗ ${file('draft.docx').replace(/[\\.]/g, '\\$&')}: 2 lỗi — Thiếu mục: 1\\.II\\.4; Chưa có nội dung: 1\\.III\\.2$`));
    expect(lines.filter((l) => l.includes('draft.docx'))).toHaveLength(1);
    const at = lines.indexOf('Không đọc được 1 tệp:');
    expect(at).toBeGreaterThan(1);
    expect(lines[at + 1]).toContain(`- ${file('notes.docx')}: `);
    expect(r.out).toMatch(/Đã kiểm tra 3 tệp: 1 sẵn sàng trình ký, 1 chưa sẵn sàng, 1 không đọc được\./);
  });

  it('speaks English with --lang en and keeps a long line within the width', async () => {
    const r = await runCli(['check', '--summary', '--lang', 'en', file('draft.docx'), file('notes.docx')], '', false, 200);
    expect(r.out).toContain(': 2 error(s) — Missing');
    expect(r.out).toContain('Could not read 1 file(s):');
    const line = summaryLine('bao-cao.docx', longReport(), 'vi', 80);
    expect(line).not.toContain('\n');
    expect(textWidth(line)).toBeLessThanOrEqual(80);
    expect(line.startsWith('✗ bao-cao.docx: 2 lỗi, 1 cảnh báo — ')).toBe(true);
  });
});

describe('usage errors and help in the user language', () => {
  it('says the parser errors in Vietnamese by default', async () => {
    const cases: [string[], string][] = [
      [['chek'], "lỗi: không có lệnh 'chek'"],
      [['check'], 'lỗi: thiếu tham số bắt buộc: các tệp cần kiểm tra (.docx, .doc)'],
      [['check', '--bogus', 'a.docx'], "lỗi: không có tùy chọn '--bogus'"],
      [['figures', 'a', 'b'], "lỗi: thừa tham số cho lệnh 'figures'"],
      [['template'], "lỗi: chưa có tùy chọn bắt buộc '--out <file>'"],
      [['check', '--lang', 'fr', 'a.docx'], "lỗi: tùy chọn '--lang <lang>' không nhận giá trị 'fr'"],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).toContain('(dùng --help để xem hướng dẫn)');
      expect(r.err).not.toMatch(/error:|unknown|missing|too many/);
    }
    expect((await runCli(['chek'])).err).toContain('(Có phải ý bạn là check?)');
  });

  it('says them in English with --lang en', async () => {
    const r = await runCli(['check', '--lang', 'en', '--bogus', 'a.docx']);
    expect(r.err).toContain("error: unknown option '--bogus'");
    expect(r.err).toContain('(use --help for help)');
    expect((await runCli(['frobnicate', '--lang=en'])).err).toContain("error: unknown command 'frobnicate'");
  });

  it('gives the help in one language, within the width', async () => {
    const vi = await runCli(['check', '--help'], '', false, 80);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('Cách dùng: mttq-report check [tùy chọn] <files...>');
    expect(vi.out).toContain('Tùy chọn:');
    expect(vi.out).toContain('mỗi tệp một dòng');
    expect(vi.out).not.toMatch(/Usage:|Options:| \/ |one line per file|default:/);
    expect(widest(vi.out)).toBeLessThanOrEqual(80);
    const en = await runCli(['check', '--help', '--lang', 'en']);
    expect(en.out).toContain('Usage: mttq-report check [options] <files...>');
    expect(en.out).toContain('one line per file');
    expect(en.out).not.toMatch(/Tùy chọn|mỗi tệp/);
    const top = await runCli(['--help']);
    expect(top.out).toContain('Lệnh:');
    expect(top.out).not.toContain('Checks Vietnam');
  });
});

/** What a terminal of `width` columns shows after `text`: "\r" returns, "\n" ends a line, a full line wraps. */
function screen(text: string, width: number): string[] {
  const lines: string[][] = [[]];
  let col = 0;
  for (const ch of text) {
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      lines.push([]);
      col = 0;
    } else {
      if (col + textWidth(ch) > width) {
        lines.push([]);
        col = 0;
      }
      const line = lines[lines.length - 1];
      line[col] = ch;
      col += Math.max(1, textWidth(ch));
    }
  }
  return lines.map((l) => Array.from(l, (c) => c ?? ' ').join('').trimEnd());
}

/** `check` with standard output and standard error on one terminal of `width` columns. */
async function onTerminal(args: string[], width: number): Promise<{ code: number; err: string; shown: string[] }> {
  let both = '';
  let err = '';
  const io: Io = {
    stdout: (s) => {
      both += s;
    },
    stderr: (s) => {
      both += s;
      err += s;
    },
    stdin: Readable.from(['']),
    stderrIsTTY: true,
    columns: width,
    stderrColumns: width,
  };
  const code = await main(['check', ...args], io);
  return { code, err, shown: screen(both, width) };
}

describe('the progress line of a batch', () => {
  const batch = () => [file('ready.docx'), file('draft.docx'), file('notes.docx')];

  it('on a terminal: one line rewritten in place, wiped before each result and at the end', async () => {
    for (const mode of [[], ['--summary']]) {
      const r = await onTerminal([...mode, ...batch()], 60);
      expect(r.code).toBe(2);
      // Every file had its turn on the progress line, and no line of it ever ended.
      for (let i = 1; i <= 3; i++) expect(r.err).toContain(`[${i}/3] `);
      expect(r.err).not.toContain('\n');
      // What stays on the screen: the results, no trace of the progress line, nothing wrapped.
      expect(r.shown.join('\n')).not.toMatch(/\[\d\/3\]/);
      expect(r.shown.some((l) => l.includes('draft.docx'))).toBe(true);
      expect(widest(r.shown.join('\n'))).toBeLessThanOrEqual(60);
      // The last thing written to standard error leaves its line blank.
      expect(screen(r.err, 60).every((l) => l === '')).toBe(true);
    }
  });

  it("fits standard error's own terminal, file names in wide characters included", async () => {
    const wide = `${'báo cáo 报告 '.repeat(12)}.docx`;
    const r = await runCli(['check', file('ready.docx'), wide], '', true, 200, { stderrColumns: 30 });
    const updates = r.err.split('\r').filter((s) => s.trim() !== '');
    expect(updates.length).toBeGreaterThanOrEqual(2);
    for (const u of updates) expect(textWidth(u)).toBeLessThan(30);
    expect(updates.some((u) => u.includes('报'))).toBe(true);
    // The table on standard output keeps the width it was given.
    expect(widest(r.out)).toBeGreaterThan(30);
  });

  it('the warning about a Word 97-2003 file under --annotate is printed on a clean line', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-term-copies-'));
    try {
      const r = await onTerminal(['--annotate', out, file('ready.docx'), path.join('tests', 'fixtures', 'doc', 'report.doc')], 80);
      const warning = r.shown.find((l) => l.includes('.docx') && l.includes('report.doc'));
      expect(warning).toMatch(/^tests\/fixtures\/doc\/report\.doc: bản có nhận xét cần tệp \.docx/);
      expect(r.shown.join('\n')).not.toMatch(/\[\d\/2\]/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('is never written to a pipe or a file, with --json, or for one file', async () => {
    const cases: [string[], boolean][] = [
      [batch(), false],
      [['--json', ...batch()], true],
      [['--summary', ...batch()], false],
      [[file('draft.docx')], true],
    ];
    for (const [args, tty] of cases) {
      const r = await runCli(['check', ...args], '', tty, 80, { stderrColumns: 80 });
      expect({ args, err: r.err }).toEqual({ args, err: '' });
    }
  });
});

describe('the built command line (lib/: npm run build:cli) on a pseudo-terminal of 50 columns', () => {
  const BIN = path.join(__dirname, '..', 'bin', 'mttq-report.js');

  it('shows the progress line there and leaves no trace of it; a pipe gets none', () => {
    const files = [file('ready.docx'), file('draft.docx')];
    // util-linux `script` runs the command on a new pseudo-terminal and copies what it shows.
    const command = `stty cols 50 rows 24 && exec ${[process.execPath, BIN, 'check', ...files].map((a) => `'${a}'`).join(' ')}`;
    const tty = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '' } });
    expect(tty.status).toBe(1);
    expect(tty.stdout).toMatch(/\[1\/2\] .*\r/);
    const shown = screen(tty.stdout, 50);
    expect(shown.some((l) => l.includes('draft.docx'))).toBe(true);
    expect(shown.join('\n')).not.toMatch(/\[\d\/2\]/);
    expect(widest(shown.join('\n'))).toBeLessThanOrEqual(50);

    const piped = spawnSync(process.execPath, [BIN, 'check', ...files], { encoding: 'utf8' });
    expect(piped.stdout).toContain('draft.docx');
    expect(piped.stderr).toBe('');
  });
});
