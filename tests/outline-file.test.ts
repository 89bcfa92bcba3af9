// The outline file: a JSON Schema validated with ajv on load, the conversion to and from the
// engine's template, and errors that name the field and say what is wrong in both languages.
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { OUTLINE_FORMAT, toOutlineFile, type OutlineFile } from '../src/outline-file/format';
import { formatOutlineErrors, loadOutlineFile, type OutlineFileError } from '../src/outline-file/load';
import { defaultTemplate as mttq2023 } from '../src/template';
import { outline2025Text } from './helpers/outline-2025';

function errorsOf(text: string): OutlineFileError[] {
  const r = loadOutlineFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

const valid = (): OutlineFile => JSON.parse(JSON.stringify(toOutlineFile(mttq2023))) as OutlineFile;

describe('outline files', () => {
  it('carry the built-in 2023 outline through the file and back unchanged', () => {
    const r = loadOutlineFile(JSON.stringify(toOutlineFile(mttq2023)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.outline).toEqual({ ...mttq2023, version: '1' });
  });

  it('carry an imported outline through the file and back unchanged, level vocabulary and sources included', () => {
    const { outline } = importOutline(snapshotFromText(outline2025Text()), { id: 'de-cuong-2025', version: '2025-01' });
    const file = toOutlineFile(outline);
    expect(file).toMatchObject({ format: OUTLINE_FORMAT, id: 'de-cuong-2025', version: '2025-01', years: { report: 2025, plan: 2026 } });
    expect(file.levels?.map((l) => [l.level, l.style])).toEqual([[1, 'part'], [2, 'roman'], [3, 'number'], [4, 'letter'], [4, 'sub-number']]);
    const r = loadOutlineFile(JSON.stringify(file));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.outline).toEqual(outline);
    expect(outline.sections.flatMap((s) => s.figures).every((f) => typeof f.source === 'string' && f.source.length > 0)).toBe(true);
  });

  it('refuses text that is not JSON, saying so', () => {
    const [e] = errorsOf('{ "id": ');
    expect(e.path).toBe('(tệp)');
    expect(e.message).toMatch(/^không phải JSON hợp lệ/);
    expect(e.messageEn).toMatch(/^not valid JSON/);
  });

  it('names each missing, misspelt or wrong field', () => {
    const f = valid() as unknown as Record<string, unknown>;
    delete f.years;
    const sections = f.sections as Record<string, unknown>[];
    sections[1].kind = 'numbers';
    sections[2].guidence = [];
    sections[3].level = '3';
    (sections[5].figures as Record<string, unknown>[])[0].match = [];
    const errors = errorsOf(JSON.stringify(f));
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      years: 'thiếu trường bắt buộc',
      'sections[1].kind': 'giá trị không hợp lệ: chỉ nhận "figures", "text", "optional", "container"',
      'sections[2].guidence': 'trường không có trong định dạng đề cương (gõ sai tên?)',
      'sections[3].level': 'giá trị không hợp lệ: chỉ nhận 1, 2, 3, 4',
      'sections[5].figures[0].match': 'cần ít nhất 1 phần tử',
    });
    expect(errors.every((e) => e.messageEn.length > 0 && e.message !== e.messageEn)).toBe(true);
    expect(formatOutlineErrors(errors, 'en')).toContain('  sections[1].kind: invalid value: must be one of "figures", "text", "optional", "container"');
  });

  it('refuses what the schema cannot say: repeated ids, a sub-section not below its parent', () => {
    const f = valid();
    f.sections[4].id = f.sections[3].id;
    f.sections[5].figures.push({ ...f.sections[5].figures[0] });
    f.sections[10].level = 3; // 1.II.3.1 under 1.II.3, a level 3 heading
    const errors = errorsOf(JSON.stringify(f));
    expect(errors.map((e) => e.path)).toEqual(['sections[4].id', 'sections[5].figures[4].id', 'sections[10].level']);
    expect(errors[0].message).toBe('mã mục "1.II.1" trùng với sections[3]');
  });

  it('refuses a file of another format', () => {
    const f = { ...valid(), format: 'mttq-outline/9' };
    expect(errorsOf(JSON.stringify(f))).toEqual([{ path: 'format', message: 'phải là "mttq-outline/1"', messageEn: 'must be "mttq-outline/1"' }]);
  });
});
