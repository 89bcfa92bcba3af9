/** @jest-environment jsdom */
// The page's outline choice kept for the session: kept and read back, refused when too large or
// when the storage throws, and ignored when what is stored is not a choice. The names the page
// gives an outline and its saved file.
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { toOutlineFile } from '../src/outline-file/format';
import { defaultTemplate } from '../src/template';
import { DEFAULT_CHOICE, LOADED_KEY, outlineFileName, outlineLabel } from '../src/checker/outline-choice';
import { restoreOutline } from '../src/checker/outline-load';
import { MAX_STORED_CHARS, readStoredChoice, storeChoice } from '../src/checker/outline-store';
import { outline2025Text } from './helpers/outline-2025';

const outline = importOutline(snapshotFromText(outline2025Text())).outline;

beforeEach(() => sessionStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe('the stored choice', () => {
  it('keeps a loaded outline file and gives it back, checked again', () => {
    expect(storeChoice({ key: LOADED_KEY, file: toOutlineFile(outline), fileName: 'de-cuong.docx' })).toBe(true);
    const stored = readStoredChoice();
    expect(stored?.key).toBe(LOADED_KEY);
    const restored = stored?.file ? restoreOutline(stored.file, stored.fileName) : undefined;
    expect(restored?.template.sections.map((s) => s.id)).toEqual(outline.sections.map((s) => s.id));
    expect(restored?.fileName).toBe('de-cuong.docx');
  });

  it('does not restore a stored outline that no longer passes the checks', () => {
    const file = { ...toOutlineFile(outline), version: '' };
    expect(restoreOutline(file, undefined)).toBeUndefined();
  });

  it('refuses what is too large, and what the storage refuses, without throwing', () => {
    const big = { ...toOutlineFile(outline), title: ['x'.repeat(MAX_STORED_CHARS)] };
    expect(storeChoice({ key: LOADED_KEY, file: big })).toBe(false);
    expect(readStoredChoice()).toBeUndefined();
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(storeChoice({ key: DEFAULT_CHOICE.key })).toBe(false);
  });

  it('ignores stored text that is not a choice', () => {
    sessionStorage.setItem('mttq-report.checker.outline', '{"file": 3');
    expect(readStoredChoice()).toBeUndefined();
    sessionStorage.setItem('mttq-report.checker.outline', '[1,2]');
    expect(readStoredChoice()).toBeUndefined();
  });
});

describe('names', () => {
  it('names a built-in outline and a loaded one in both languages', () => {
    expect(outlineLabel(DEFAULT_CHOICE, 'vi')).toBe(`Đề cương năm ${defaultTemplate.year} (có sẵn, ${defaultTemplate.id})`);
    expect(outlineLabel({ key: LOADED_KEY, template: outline, fileName: 'a.txt' }, 'en')).toBe('2025 outline (de-cuong-2025, version 1, from a.txt)');
  });

  it('saves under the outline id, made safe as a file name', () => {
    expect(outlineFileName(outline)).toBe('de-cuong-2025.json');
    expect(outlineFileName({ ...outline, id: '../x y' })).toBe('x-y.json');
  });
});
