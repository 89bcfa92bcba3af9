// Which outline a document without a mark follows: the one with most of its headings found.
import { bestOutline } from '../src/analysis/best-outline';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import type { DocumentSnapshot, SnapshotParagraph } from '../src/analysis/types';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import { outline2025Text, report2025 } from './helpers/outline-2025';

const outline2025 = importOutline(snapshotFromText(outline2025Text())).outline;
const snap = (paragraphs: SnapshotParagraph[]): DocumentSnapshot => ({ paragraphs, ignores: [] });

test('a report written to the 2025 outline matches it, whichever order the candidates come in', () => {
  const doc = snap(report2025(outline2025));
  expect(bestOutline(doc, [defaultTemplate, outline2025])?.template).toBe(outline2025);
  expect(bestOutline(doc, [outline2025, defaultTemplate])?.template).toBe(outline2025);
  expect(bestOutline(doc, [outline2025])?.found).toBe(outline2025.sections.length - 1);
});

test('the 2023 sample report matches the built-in 2023 outline', () => {
  const doc = snap(sampleParagraphs());
  const match = bestOutline(doc, [outline2025, defaultTemplate]);
  expect(match?.template).toBe(defaultTemplate);
  expect(match?.found).toBe(defaultTemplate.sections.length);
});

test('a document with no heading goes to the first candidate; no candidate gives nothing', () => {
  const doc = snap([{ text: 'Ghi chú cuộc họp.' }]);
  expect(bestOutline(doc, [outline2025, defaultTemplate])?.template).toBe(outline2025);
  expect(bestOutline(doc, [outline2025, defaultTemplate])?.found).toBe(0);
  expect(bestOutline(doc, [])).toBeUndefined();
});
