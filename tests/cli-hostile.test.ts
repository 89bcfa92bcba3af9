// The command line on a batch with hostile files: each gets its sentence, the good files their
// reports, in bounded time and memory.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOCX_ERROR_MESSAGES } from '../src/docx/errors';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { runCli } from './helpers/cli-run';
import { documentBomb, numberingTrap, smallDocxEntries, writeZip } from './helpers/hostile';

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-hostile-'));
  fs.writeFileSync(file('a-tot.docx'), writeDocx(sampleParagraphs()));
  fs.writeFileSync(file('b-bay-danh-so.docx'), numberingTrap('13000000000', 50));
  fs.writeFileSync(file('c-bom.docx'), documentBomb(200 * 1024 * 1024));
  fs.writeFileSync(file('d-muc-luc-gia.docx'), writeZip(smallDocxEntries(), { declaredCount: 300_000_000 }));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it(
  'reports the good file, the numbering trap and a sentence for each hostile file in one run',
  async () => {
    const names = ['a-tot.docx', 'b-bay-danh-so.docx', 'c-bom.docx', 'd-muc-luc-gia.docx'];
    const { code, out, err } = await runCli(['check', ...names.map(file)]);
    expect(code).toBe(2);
    expect(err).toBe('');
    expect(out).toContain(file('a-tot.docx'));
    expect(out).toContain(file('b-bay-danh-so.docx'));
    expect(out).toContain(`${file('c-bom.docx')}: ${DOCX_ERROR_MESSAGES['inflated-too-large'].vi}`);
    expect(out).toContain(`${file('d-muc-luc-gia.docx')}: ${DOCX_ERROR_MESSAGES['too-many-entries'].vi}`);
    expect(out.length).toBeLessThan(200_000);
  },
  20_000,
);
