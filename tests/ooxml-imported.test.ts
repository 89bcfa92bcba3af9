// What the product writes from an imported outline (not the built-in one) is valid WordprocessingML,
// and every heading of that outline is in Word's Heading 1-4 at its level: the template .docx and
// the package the add-in gives to insertOoxml.
import * as fs from 'node:fs';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import type { SnapshotParagraph } from '../src/analysis/types';
import { buildFlatOpc, buildHeadingsFlatOpc, buildTemplateDocx, headingLine } from '../src/docx/ooxml';
import { parseFlatOpc, readDocx } from '../src/docx/read';
import { countWordParts, docxParts, flatOpcParts, invalidParts } from './helpers/ooxml-validate';
import { OUTLINE_2025_PATH } from './helpers/outline-2025';

jest.setTimeout(60_000);

const outline = importOutline(snapshotFromText(fs.readFileSync(OUTLINE_2025_PATH, 'utf8'))).outline;
const options = { unit: 'Ủy ban MTTQ Việt Nam xã Tân Phú', place: 'Tân Phú', date: new Date('2025-12-01T00:00:00Z'), template: outline };

function failures(list: Array<{ name: string; errors: string[] }>): string {
  return list.map((f) => `${f.name}:\n  ${f.errors.slice(0, 5).join('\n  ')}`).join('\n');
}

/** Each section's heading paragraph has the heading style of the section's level. */
function headingsMisplaced(paragraphs: SnapshotParagraph[]): string[] {
  const norm = (s: string) => s.replace(/[\n\v]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return outline.sections
    .filter((s) => !paragraphs.some((p) => norm(p.text) === norm(headingLine(s)) && p.headingLevel === s.level))
    .map((s) => `${s.id} (level ${s.level})`);
}

test('the imported outline has headings at all four levels', () => {
  expect(new Set(outline.sections.map((s) => s.level))).toEqual(new Set([1, 2, 3, 4]));
  expect(outline.id).not.toBe('mttq-2023');
});

test('the template .docx made from it is valid and holds every heading in Heading 1-4', async () => {
  const docx = buildTemplateDocx(options);
  const parts = docxParts(docx);
  expect(countWordParts(parts)).toBeGreaterThanOrEqual(2);
  expect(failures(await invalidParts(parts))).toBe('');
  expect(headingsMisplaced(readDocx(docx).paragraphs)).toEqual([]);
});

test('the insertOoxml package made from it is valid and holds every heading in Heading 1-4', async () => {
  const xml = buildFlatOpc(options);
  const parts = flatOpcParts(xml);
  expect(countWordParts(parts)).toBe(2);
  expect(failures(await invalidParts(parts))).toBe('');
  expect(headingsMisplaced(parseFlatOpc(xml))).toEqual([]);
});

test('the missing-headings package made from it is valid', async () => {
  const some = outline.sections.filter((s) => s.level >= 3).slice(0, 3);
  const parts = flatOpcParts(buildHeadingsFlatOpc(some, outline));
  expect(failures(await invalidParts(parts))).toBe('');
});
