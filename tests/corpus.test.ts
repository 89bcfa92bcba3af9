// The evaluation corpus: yearly reports written in other tools (pandoc, python-docx, LibreOffice,
// hand-made WordprocessingML) by units of every level, read with the .docx reader and checked by
// the engine, against the verdicts written in tests/fixtures/corpus/expected.json.
// The bar: on at least 95% of the reports, every section's status and `ready` are right.
import * as fs from 'fs';
import * as path from 'path';
import type { FindingCode, Report, SectionStatus } from '../src/analysis/types';
import { defaultTemplate } from '../src/template';
import { checkAll, summary, verdictLines } from './helpers/corpus-verdicts';

const DIR = path.join(__dirname, 'fixtures', 'corpus');
const BAR = 0.95;
/** The finding codes expected.json states for each report; the others are not compared. */
const COMPARED: FindingCode[] = ['section-missing', 'section-empty', 'guidance-left', 'section-no-figures', 'signature-missing', 'recipients-missing'];
const STATUSES: SectionStatus[] = ['ok', 'missing', 'empty', 'guidance-left', 'no-figures'];

interface Expected {
  producer: string;
  unit: string;
  note: string;
  ready: boolean;
  sections: Record<string, SectionStatus>;
  findings: FindingCode[];
}

const { reports: expected } = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as { reports: Record<string, Expected> };
const files = Object.keys(expected);
const results = checkAll(DIR, files);

/** What the engine got wrong on one report, one line each. */
function verdictDiff(file: string): string[] {
  return verdictLines(expected[file], results.get(file) as Report);
}

function findingsDiff(file: string): string[] {
  const want = new Set(expected[file].findings);
  const got = new Set((results.get(file) as Report).findings.filter((f) => !f.ignored).map((f) => f.code));
  return COMPARED.filter((c) => want.has(c) !== got.has(c)).map((c) => `${c}: expected ${want.has(c) ? 'present' : 'absent'}, got ${got.has(c) ? 'present' : 'absent'}`);
}

/** The summary of one comparison over all the reports. */
function summarize(diff: (file: string) => string[]): { right: number; text: string } {
  return summary(files, diff, (f) => `${expected[f].producer}; ${expected[f].note}`, 'reports');
}

describe('corpus of reports written in other tools', () => {
  it('holds at least 24 small reports from several producers and units, each with a verdict for all 30 sections', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(new Set(files.map((f) => expected[f].producer)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(files.map((f) => expected[f].unit))).toEqual(new Set(['commune', 'ward', 'district', 'province']));
    const ids = defaultTemplate.sections.map((s) => s.id);
    for (const f of files) {
      expect(fs.statSync(path.join(DIR, f)).size).toBeLessThan(60 * 1024);
      expect(Object.keys(expected[f].sections).sort()).toEqual([...ids].sort());
      for (const st of Object.values(expected[f].sections)) expect(STATUSES).toContain(st);
    }
    // Drafts as well as finished reports: every status and both values of ready occur.
    const seen = new Set(files.flatMap((f) => Object.values(expected[f].sections)));
    expect(seen).toEqual(new Set(STATUSES));
    expect(new Set(files.map((f) => expected[f].ready))).toEqual(new Set([true, false]));
  });

  it(`gets every section's status and ready right on at least ${BAR * 100}% of the reports`, () => {
    const { right, text } = summarize(verdictDiff);
    console.log(`Section statuses and ready:\n${text}`);
    expect(right / files.length).toBeGreaterThanOrEqual(BAR);
  });

  it(`gets the expected findings (signature, recipients and section errors) on at least ${BAR * 100}% of the reports`, () => {
    const { right, text } = summarize(findingsDiff);
    console.log(`Findings:\n${text}`);
    expect(right / files.length).toBeGreaterThanOrEqual(BAR);
  });
});
