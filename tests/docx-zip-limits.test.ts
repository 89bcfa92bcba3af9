// Hostile zip packages: bombs, lying end records, entries sharing one stream. Each input is built
// in the test (a few MB at most); jest's per-test timeout bounds the time.
import { inflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateDocx } from '../src/docx/annotate';
import { DOCX_ERROR_MESSAGES, DocxError, readDocx } from '../src/docx/read';
import { MAX_ENTRIES, MAX_PART_BYTES, MAX_PART_MB, MAX_TOTAL_MB } from '../src/docx/limits';
import { InflateBudget, ZipArchive } from '../src/docx/zip';
import { buildDocx, p, WORD_STYLES } from './helpers/docx-builder';
import { deflatedZeros, documentBomb, smallDocxEntries, textEntry, writeZip, zerosEntry } from './helpers/hostile';

const GENEROUS = 20_000;

function errorOf(fn: () => unknown): DocxError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    return error as DocxError;
  }
  throw new Error('expected an error');
}

describe('the hand-made inputs', () => {
  it('deflatedZeros inflates to exactly that many zero bytes, about 1000 times smaller', () => {
    for (const size of [0, 1, 257, 258, 259, 10_000]) {
      const out = inflateSync(deflatedZeros(size));
      expect(out.length).toBe(size);
      expect(out.every((b) => b === 0)).toBe(true);
    }
    expect(deflatedZeros(10_000_000).length).toBeLessThan(70_000);
  });

  it('writeZip makes a package fflate and the reader both read', () => {
    const zip = writeZip(smallDocxEntries(['Xin chào']));
    expect(Object.keys(unzipSync(zip))).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(readDocx(zip).paragraphs.map((x) => x.text)).toEqual(['Xin chào']);
  });
});

describe('zip bombs', () => {
  it(
    'refuses a main document that inflates past what it declares, after about a megabyte, with a sentence that says so',
    () => {
      // ~1.3 MB on disk, 160 MB inflated, though the headers declare 1000 bytes.
      const error = errorOf(() => readDocx(documentBomb(160 * 1024 * 1024)));
      expect(error.code).toBe('inflated-too-large');
      expect(error.detail).toContain('1000 bytes it declares');
      expect(error.message).toContain(`${MAX_PART_MB} MB`);
      expect(error.message).toContain(`${MAX_TOTAL_MB} MB`);
      expect(error.message).toContain('bom nén');
      expect(error.messageEn).toContain('zip bomb');
      expect(error.message).not.toBe(DOCX_ERROR_MESSAGES.corrupt.vi);
    },
    GENEROUS,
  );

  it('refuses a small stream that inflates to far more than it declares', () => {
    // 2 MB of zeros in ~13 KB, declaring 100 bytes: inflated in one go, then refused.
    const zip = writeZip([textEntry('[Content_Types].xml', '<Types/>'), zerosEntry('word/document.xml', 2 * 1024 * 1024, 100)]);
    const error = errorOf(() => readDocx(zip));
    expect(error.code).toBe('inflated-too-large');
    expect(error.detail).toContain('100 bytes it declares');
  });

  it('refuses at once a part that declares more than the part limit', () => {
    const zip = writeZip([textEntry('[Content_Types].xml', '<Types/>'), zerosEntry('word/document.xml', 1000, MAX_PART_BYTES + 1)]);
    const error = errorOf(() => readDocx(zip));
    expect(error.code).toBe('inflated-too-large');
    expect(error.detail).toContain('past the part limit');
  });

  it(
    'stops at the part limit a part that declares less than the limit and inflates to more',
    () => {
      const zip = writeZip([textEntry('[Content_Types].xml', '<Types/>'), zerosEntry('word/document.xml', MAX_PART_BYTES + 30 * 1024 * 1024, MAX_PART_BYTES - 1)]);
      const error = errorOf(() => readDocx(zip));
      expect(error.code).toBe('inflated-too-large');
      expect(error.detail).toContain('inflates past the part limit');
    },
    GENEROUS,
  );

  it('stops inflating at the bound, not at the end of the stream', () => {
    // A small budget shows where inflating stops: past 1 MB of a 50 MB stream declaring 900 KB.
    const zip = writeZip([zerosEntry('big.bin', 50 * 1024 * 1024, 900 * 1024)]);
    const archive = new ZipArchive(zip, new InflateBudget(1024 * 1024, 10 * 1024 * 1024));
    const error = errorOf(() => archive.inflate(archive.entries[0]));
    expect(error.code).toBe('inflated-too-large');
    expect(error.detail).toContain('inflates past the part limit');
  });

  it('counts all the parts of a package against the total', () => {
    const zip = writeZip([zerosEntry('a.bin', 600_000), zerosEntry('b.bin', 600_000), zerosEntry('c.bin', 600_000, 1000)]);
    const archive = new ZipArchive(zip, new InflateBudget(1_000_000, 1_500_000));
    expect(archive.inflate(archive.entries[0]).length).toBe(600_000);
    expect(archive.inflate(archive.entries[1]).length).toBe(600_000);
    const error = errorOf(() => archive.inflate(archive.entries[2]));
    expect(error.code).toBe('inflated-too-large');
    expect(error.detail).toContain('past the package limit');
  });

  it('refuses a stored part larger than the part limit', () => {
    const zip = writeZip([{ name: 'big.bin', data: new Uint8Array(2000), method: 0, size: 2000 }]);
    const archive = new ZipArchive(zip, new InflateBudget(1000, 10_000));
    expect(errorOf(() => archive.inflate(archive.entries[0])).code).toBe('inflated-too-large');
  });

  it(
    'never inflates pictures: a bomb in word/media does not stop the check',
    () => {
      const bomb = deflatedZeros(MAX_PART_BYTES + 50 * 1024 * 1024);
      const docx = unzipSync(buildDocx({ body: p('Báo cáo tổng kết'), styles: WORD_STYLES }));
      const entries = Object.entries(docx).map(([name, bytes]) => textEntry(name, new TextDecoder().decode(bytes)));
      entries.push({ name: 'word/media/image1.png', data: bomb, method: 8, size: 2048 });
      const zip = writeZip(entries);
      expect(readDocx(zip).paragraphs.map((x) => x.text)).toEqual(['Báo cáo tổng kết']);
      // The annotated copy keeps every entry, so it has to inflate the picture: refused.
      expect(errorOf(() => annotateDocx(zip, [{ paragraph: 0, text: 'Thiếu số liệu' }])).code).toBe('inflated-too-large');
    },
    GENEROUS,
  );
});

describe('lying central directories', () => {
  it(
    'refuses an end record that claims hundreds of millions of entries, at once',
    () => {
      const zip = writeZip(smallDocxEntries(), { declaredCount: 300_000_000 });
      const error = errorOf(() => readDocx(zip));
      expect(error.code).toBe('too-many-entries');
      expect(error.message).toContain(String(MAX_ENTRIES).replace(/\B(?=(\d{3})+$)/g, '.'));
      expect(errorOf(() => annotateDocx(zip, [])).code).toBe('too-many-entries');
    },
    GENEROUS,
  );

  it('refuses 65535 entries in a plain end record, and a count the bytes cannot hold', () => {
    expect(errorOf(() => readDocx(writeZip(smallDocxEntries(), { declaredCount: 0xffff }))).code).toBe('too-many-entries');
    const lie = errorOf(() => readDocx(writeZip(smallDocxEntries(), { declaredCount: MAX_ENTRIES })));
    expect(lie.code).toBe('corrupt');
    expect(lie.detail).toContain('does not fit');
  });

  it(
    'refuses 1000 directory entries that point at one 50 MB stream',
    () => {
      const entries = [...smallDocxEntries(), zerosEntry('word/media/big.bin', 50 * 1024 * 1024)];
      const aliases = Array.from({ length: 1000 }, (_, i) => ({ name: `word/media/copy${i}.bin`, target: 2 }));
      const zip = writeZip(entries, { aliases });
      const error = errorOf(() => readDocx(zip));
      expect(error.code).toBe('overlapping-entries');
      expect(error.message).toContain('dùng chung');
      expect(errorOf(() => annotateDocx(zip, [{ paragraph: 0, text: 'x' }])).code).toBe('overlapping-entries');
    },
    GENEROUS,
  );

  it('refuses a second name for the main document part', () => {
    const zip = writeZip(smallDocxEntries(), { aliases: [{ name: 'word/other.xml', target: 1 }] });
    expect(errorOf(() => readDocx(zip)).code).toBe('overlapping-entries');
  });

  it('reads a zip64 end record that tells the truth', () => {
    const zip = writeZip(smallDocxEntries(['Zip64']), { zip64: true });
    expect(readDocx(zip).paragraphs.map((x) => x.text)).toEqual(['Zip64']);
  });

  it('still reads what fflate writes, and reports truncated data as damaged', () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Một</w:t></w:r></w:p></w:body></w:document>`),
    });
    expect(readDocx(zip).paragraphs.map((x) => x.text)).toEqual(['Một']);
    const entries = smallDocxEntries();
    entries[1] = { ...entries[1], data: entries[1].data.subarray(0, 10) };
    expect(errorOf(() => readDocx(writeZip(entries))).code).toBe('corrupt');
  });
});
