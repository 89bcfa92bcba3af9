// `check --annotate`: a file that cannot be annotated is one sentence and the batch goes on;
// nothing is ever overwritten without --force, never an input, never outside the output folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { runCli } from './helpers/cli-run';
import { snapshotTree, treeChanges } from './helpers/tree-snapshot';

jest.setTimeout(30_000);

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
const draft = () => writeDocx(sampleParagraphs({ omit: ['1.II.4'] }));

/** A report that reads fine but whose comments part (declared in its relationships) is not XML. */
function brokenComments(): Uint8Array {
  const entries = unzipSync(draft());
  const rels = strFromU8(entries['word/_rels/document.xml.rels']).replace(
    '</Relationships>',
    '<Relationship Id="rIdC9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
  );
  return zipSync({ ...entries, 'word/_rels/document.xml.rels': strToU8(rels), 'word/comments.xml': strToU8('<w:comments') });
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-annotate-'));
  fs.mkdirSync(at('a'));
  fs.mkdirSync(at('b'));
  fs.mkdirSync(at('out'));
  fs.writeFileSync(at('a', 'bao-cao.docx'), draft());
  fs.writeFileSync(at('b', 'bao-cao.docx'), writeDocx(sampleParagraphs({ empty: ['1.III.2'] })));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('check --annotate never overwrites', () => {
  it('keeps a file already at the copy name and picks the next free name', async () => {
    fs.writeFileSync(at('out', 'bao-cao-nhan-xet.docx'), 'tệp riêng của người dùng');
    const before = snapshotTree(root);
    const r = await runCli(['check', '--annotate', at('out'), at('a', 'bao-cao.docx')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Bản có nhận xét: ${at('out', 'bao-cao-nhan-xet-2.docx')}`);
    expect(treeChanges(before, snapshotTree(root))).toEqual({ added: ['out/bao-cao-nhan-xet-2.docx'], changed: [] });
  });

  it('gives two inputs of the same name two copies, each listed once', async () => {
    const r = await runCli(['check', '--json', '--annotate', at('out'), at('a', 'bao-cao.docx'), at('b', 'bao-cao.docx')]);
    const data = JSON.parse(r.out) as { annotated: string }[];
    expect(data.map((d) => d.annotated)).toEqual([at('out', 'bao-cao-nhan-xet.docx'), at('out', 'bao-cao-nhan-xet-2.docx')]);
    const comments = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/comments.xml']);
    expect(comments(data[0].annotated)).toContain('Thiếu mục');
    expect(comments(data[1].annotated)).not.toContain('Thiếu mục');
  });

  it('never writes onto an input, even one at the copy name, through a link, or with --force', async () => {
    // The user's own file at the copy name is also an input, and a link at the next name leads to the other input.
    fs.writeFileSync(at('out', 'bao-cao-nhan-xet.docx'), draft());
    fs.symlinkSync(at('b', 'bao-cao.docx'), at('out', 'bao-cao-nhan-xet-2.docx'));
    const before = snapshotTree(root);
    for (const force of [[], ['--force']]) {
      const r = await runCli(['check', ...force, '--annotate', at('out'), at('out', 'bao-cao-nhan-xet.docx'), at('a', 'bao-cao.docx'), at('b', 'bao-cao.docx')]);
      expect(r.code).toBe(1);
      const { changed } = treeChanges(before, snapshotTree(root));
      expect(changed).toEqual([]);
    }
    const { added } = treeChanges(before, snapshotTree(root));
    expect(added.every((f) => f.startsWith('out/'))).toBe(true);
  });

  it('with --force replaces an earlier copy, and a link at the copy name, never the file it points to', async () => {
    const r1 = await runCli(['check', '--annotate', at('out'), at('a', 'bao-cao.docx')]);
    expect(r1.code).toBe(1);
    fs.writeFileSync(at('elsewhere.txt'), 'không được ghi đè');
    fs.symlinkSync(at('elsewhere.txt'), at('out', 'ready-nhan-xet.docx'));
    fs.writeFileSync(at('a', 'ready.docx'), writeDocx(sampleParagraphs()));
    fs.writeFileSync(at('out', 'bao-cao-nhan-xet.docx'), 'bản cũ');
    const r2 = await runCli(['check', '--force', '--annotate', at('out'), at('a', 'bao-cao.docx'), at('a', 'ready.docx')]);
    expect(r2.code).toBe(1);
    expect(fs.readFileSync(at('out', 'bao-cao-nhan-xet.docx'), 'utf8')).not.toBe('bản cũ');
    expect(fs.lstatSync(at('out', 'ready-nhan-xet.docx')).isFile()).toBe(true);
    expect(fs.readFileSync(at('elsewhere.txt'), 'utf8')).toBe('không được ghi đè');
    expect(fs.readdirSync(at('out')).sort()).toEqual(['bao-cao-nhan-xet.docx', 'ready-nhan-xet.docx']);
  });

  it('writes nothing and says so when the output folder is a file', async () => {
    fs.writeFileSync(at('out.docx'), 'không phải thư mục');
    const r = await runCli(['check', '--annotate', at('out.docx'), at('a', 'bao-cao.docx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không tạo được thư mục ${at('out.docx')}: đã có một tệp mang tên này, không phải thư mục.\n`);
    expect(fs.readFileSync(at('out.docx'), 'utf8')).toBe('không phải thư mục');
  });

  it('takes the next name when a folder sits at the copy name', async () => {
    fs.mkdirSync(at('out', 'bao-cao-nhan-xet.docx'));
    const r = await runCli(['check', '--force', '--annotate', at('out'), at('a', 'bao-cao.docx')]);
    expect(r.out).toContain(at('out', 'bao-cao-nhan-xet-2.docx'));
    expect(fs.readdirSync(at('out', 'bao-cao-nhan-xet.docx'))).toEqual([]);
  });
});

describe('check --annotate: one file that cannot be annotated never stops the batch', () => {
  it('gives each failure one sentence naming the file, annotates the others and counts it in the summary', async () => {
    fs.writeFileSync(at('a', 'hong-nhan-xet.docx'), brokenComments());
    const long = at('a', `${'x'.repeat(245)}.docx`);
    fs.writeFileSync(long, draft());
    const before = snapshotTree(root);
    const r = await runCli(['check', '--annotate', at('out'), at('a', 'hong-nhan-xet.docx'), long, at('b', 'bao-cao.docx')]);
    expect(r.code).toBe(2);
    const errors = r.out.split('\n').filter((l) => l.startsWith('Lỗi: '));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(`${at('a', 'hong-nhan-xet.docx')}: không tạo được bản có nhận xét: Tệp .docx bị hỏng`);
    expect(errors[1]).toContain(`${long}: không ghi được bản có nhận xét (tên tệp quá dài`);
    expect(r.out).toMatch(/Đã kiểm tra 3 tệp: 3 chưa sẵn sàng\./);
    expect(r.out).toContain(`Đã ghi 1 bản có nhận xét vào ${at('out')}; 2 tệp không ghi được bản có nhận xét.`);
    expect(treeChanges(before, snapshotTree(root))).toEqual({ added: ['out/bao-cao-nhan-xet.docx'], changed: [] });
  });

  it('reports the failure in JSON beside the file result', async () => {
    fs.writeFileSync(at('a', 'hong.docx'), brokenComments());
    const r = await runCli(['check', '--json', '--lang', 'en', '--annotate', at('out'), at('a', 'hong.docx'), at('a', 'bao-cao.docx')]);
    const [broken, fine] = JSON.parse(r.out);
    expect(broken).toMatchObject({ ready: false, annotateError: expect.stringContaining('hong.docx: could not make the annotated copy') });
    expect(broken.annotated).toBeUndefined();
    expect(fine.annotated).toBe(at('out', 'bao-cao-nhan-xet.docx'));
  });
});
