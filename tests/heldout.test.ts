// The held-out corpus: reports by a writer the engine was never tuned on (tests/fixtures/heldout/,
// remade by gen/make.py), read with the .docx reader and checked by the engine against the verdicts
// in expected.json. A report is right when every section's status, `ready`, the section errors,
// signature-missing and recipients-missing are all as expected. The bar: 95% of the reports.
import * as fs from 'fs';
import * as path from 'path';
import type { Report, SectionStatus } from '../src/analysis/types';
import { defaultTemplate } from '../src/template';
import { checkAll, summary, verdictLines } from './helpers/corpus-verdicts';

const DIR = path.join(__dirname, 'fixtures', 'heldout');
const BAR = 0.95;
const SECTION_ERRORS = ['section-missing', 'section-empty', 'guidance-left', 'section-no-figures'];
const STATUSES: SectionStatus[] = ['ok', 'missing', 'empty', 'guidance-left', 'no-figures'];

interface Expected {
  producer: string;
  ready: boolean;
  sections: Record<string, SectionStatus>;
  /** Section id → the error codes expected on it (only sections with errors are listed). */
  errors: Record<string, string[]>;
  signatureMissing: boolean;
  recipientsMissing: boolean;
}

const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = Object.keys(expected);
const results = checkAll(DIR, files);

/** Everything the engine got wrong on one report, one line each. */
function diff(file: string): string[] {
  const want = expected[file];
  const got = results.get(file) as Report;
  const lines = verdictLines(want, got);
  const live = got.findings.filter((f) => !f.ignored);
  const gotErrors = new Set(live.filter((f) => SECTION_ERRORS.includes(f.code) && f.section).map((f) => `${f.section} ${f.code}`));
  const wantErrors = new Set(Object.entries(want.errors).flatMap(([id, codes]) => codes.map((c) => `${id} ${c}`)));
  for (const e of wantErrors) if (!gotErrors.has(e)) lines.push(`finding ${e}: expected, absent`);
  for (const e of gotErrors) if (!wantErrors.has(e)) lines.push(`finding ${e}: not expected, present`);
  const has = (code: string): boolean => live.some((f) => f.code === code);
  if (has('signature-missing') !== want.signatureMissing) lines.push(`signature-missing: expected ${want.signatureMissing}, got ${has('signature-missing')}`);
  if (has('recipients-missing') !== want.recipientsMissing) lines.push(`recipients-missing: expected ${want.recipientsMissing}, got ${has('recipients-missing')}`);
  return lines;
}

describe('held-out reports by another writer', () => {
  it('holds at least 20 small reports from four producers, each with a verdict for all 30 sections', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(new Set(files.map((f) => expected[f].producer.split('/')[0]))).toEqual(new Set(['python-docx', 'pandoc', 'libreoffice', 'raw']));
    const ids = defaultTemplate.sections.map((s) => s.id);
    for (const f of files) {
      expect(fs.statSync(path.join(DIR, f)).size).toBeLessThan(60 * 1024);
      expect(Object.keys(expected[f].sections).sort()).toEqual([...ids].sort());
      for (const st of Object.values(expected[f].sections)) expect(STATUSES).toContain(st);
    }
    expect(new Set(files.flatMap((f) => Object.values(expected[f].sections)))).toEqual(new Set(STATUSES));
    expect(new Set(files.map((f) => expected[f].ready))).toEqual(new Set([true, false]));
  });

  it(`is right on every section, ready and the expected findings for at least ${BAR * 100}% of the reports`, () => {
    const { right, text } = summary(files, diff, (f) => expected[f].producer, 'held-out reports');
    console.log(text);
    expect(right / files.length).toBeGreaterThanOrEqual(BAR);
  });
});
