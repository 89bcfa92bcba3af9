// Round trip through a second word processor: the template .docx and an annotated copy of a draft
// open in LibreOffice, convert to PDF without error, and the printed text holds every heading of
// the outline; LibreOffice also sees exactly the comments the annotated copy carries.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { COMMENT_MARKER, commentRequests } from '../../src/analysis/messages';
import { analyze } from '../../src/analysis/report';
import { annotateDocx, DEFAULT_COMMENT_AUTHOR } from '../../src/docx/annotate';
import { buildTemplateDocx } from '../../src/docx/ooxml';
import { readDocx } from '../../src/docx/read';
import { sampleParagraphs } from '../../src/samples/sample-report';
import { writeDocx } from '../../src/samples/write-docx';
import { defaultTemplate } from '../../src/template';
import { fileSize, LibreOffice, normalizeText, pdfText, tempDir, type RunResult } from './helpers';

jest.setTimeout(120_000);

const UNIT = 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH';
const OMITTED = '1.II.4';

/** Every heading of the outline as printed: numbering and title, whitespace normalised. */
const HEADINGS = defaultTemplate.sections.map((s) => ({ id: s.id, text: normalizeText(`${s.numbering} ${s.title}`) }));

let lo: LibreOffice;
let dir: string;
let conversion: RunResult & { outputs: string[] };
let comments: { paragraph: number; text: string }[];
const pdf: { template: string; annotated: string } = { template: '', annotated: '' };

beforeAll(async () => {
  lo = await LibreOffice.create();
  dir = await tempDir('mttq-lo-roundtrip');
  const template = buildTemplateDocx({ unit: UNIT, place: 'Bắc Ninh', date: new Date(2023, 11, 15) });
  const draft = writeDocx(sampleParagraphs({ omit: [OMITTED], empty: ['1.III.2'] }));
  comments = commentRequests(analyze(readDocx(draft)));
  const annotated = annotateDocx(draft, comments);
  await fsp.writeFile(path.join(dir, 'template.docx'), template);
  await fsp.writeFile(path.join(dir, 'annotated.docx'), annotated);
  // One LibreOffice run converts both files.
  conversion = await lo.convert([path.join(dir, 'template.docx'), path.join(dir, 'annotated.docx')], 'pdf', dir);
  if (conversion.outputs.every((f) => fileSize(f) > 0)) {
    [pdf.template, pdf.annotated] = await Promise.all(conversion.outputs.map(async (f) => normalizeText(await pdfText(f))));
  }
});

afterAll(async () => {
  await lo?.dispose();
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

test('LibreOffice converts the template and the annotated draft to PDF without error', () => {
  // LibreOffice prints "Error: ..." when a file cannot be loaded or converted (and may still exit 0).
  const errors = conversion.stderr.split('\n').filter((line) => /error/i.test(line));
  expect({ code: conversion.code, errors }).toEqual({ code: 0, errors: [] });
  for (const f of conversion.outputs) {
    expect({ file: path.basename(f), size: fileSize(f) > 1000 }).toEqual({ file: path.basename(f), size: true });
  }
});

test('the template PDF holds every heading of the outline, the header and the signature', () => {
  const missing = HEADINGS.filter((h) => !pdf.template.includes(h.text)).map((h) => h.id);
  expect(missing).toEqual([]);
  for (const line of [UNIT, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Ninh, ngày … tháng … năm 2023', 'BÁO CÁO']) {
    expect(pdf.template).toContain(line);
  }
  expect(pdf.template).toContain(defaultTemplate.signature.heading);
  expect(pdf.template).toContain(defaultTemplate.recipients.heading);
  // Headings print in the outline's order.
  const positions = HEADINGS.map((h) => pdf.template.indexOf(h.text));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

test('the annotated draft PDF holds every heading the draft has, and not the one left out', () => {
  const kept = HEADINGS.filter((h) => h.id !== OMITTED);
  expect(kept.filter((h) => !pdf.annotated.includes(h.text)).map((h) => h.id)).toEqual([]);
  const omitted = HEADINGS.find((h) => h.id === OMITTED);
  expect(omitted && pdf.annotated.includes(omitted.text)).toBe(false);
  // The body text of the draft is there too.
  expect(pdf.annotated).toContain('TM. BAN THƯỜNG TRỰC');
});

test('LibreOffice reads exactly the comments of the annotated copy, by the add-in, on the flagged headings', async () => {
  expect(comments.length).toBeGreaterThan(0);
  const result = await lo.convert([path.join(dir, 'annotated.docx')], 'fodt', dir);
  expect(result.code).toBe(0);
  const xml = await fsp.readFile(result.outputs[0], 'utf8');
  const annotations = [...xml.matchAll(/<office:annotation(?:\s[^>]*)?>([\s\S]*?)<\/office:annotation>/g)].map((m) => ({
    author: textOf(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(m[1])?.[1] ?? ''),
    text: textOf([...m[1].matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => p[1]).join(' ')),
  }));
  expect(annotations.map((a) => a.text).sort()).toEqual(comments.map((c) => normalizeText(c.text)).sort());
  for (const a of annotations) {
    expect(a.text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(a.author).toBe(DEFAULT_COMMENT_AUTHOR);
  }
  // The empty section's comment sits on its heading.
  const annotatedHeadings = [...xml.matchAll(/<text:h\b[^>]*>([\s\S]*?)<\/text:h>/g)]
    .filter((m) => m[1].includes('<office:annotation'))
    .map((m) => textOf(m[1].replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, '')));
  const empty = defaultTemplate.sections.find((s) => s.id === '1.III.2');
  expect(annotatedHeadings).toContain(normalizeText(`${empty?.numbering} ${empty?.title}`));
});

/** The text of an XML fragment: tags dropped, entities decoded, whitespace normalised. */
function textOf(fragment: string): string {
  return normalizeText(
    fragment
      .replace(/<text:s\/>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
