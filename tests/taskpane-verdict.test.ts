// The words of the pane's verdict and the count of sections written.
import { analyze } from '../src/analysis/report';
import { sampleParagraphs } from '../src/samples/sample-report';
import { getStrings } from '../src/taskpane/strings';
import { headingsOf, verdictText, writingProgress } from '../src/taskpane/verdict';
import { defaultTemplate } from '../src/template';

const vi = getStrings('vi');
const en = getStrings('en');

test('no zero part in the verdict, in either language', () => {
  expect(verdictText({ ready: true, errorCount: 0, warningCount: 0 }, vi)).toBe('Sẵn sàng trình ký');
  expect(verdictText({ ready: true, errorCount: 0, warningCount: 2 }, vi)).toBe('Sẵn sàng trình ký · 2 cảnh báo');
  expect(verdictText({ ready: false, errorCount: 5, warningCount: 0 }, vi)).toBe('Còn 5 lỗi');
  expect(verdictText({ ready: false, errorCount: 5, warningCount: 2 }, vi)).toBe('Còn 5 lỗi · 2 cảnh báo');
  expect(verdictText({ ready: false, errorCount: 1, warningCount: 1 }, en)).toBe('1 error left · 1 warning');
  expect(verdictText({ ready: false, errorCount: 3, warningCount: 0 }, en)).toBe('3 errors left');
  // Not ready with every error ignored (no heading of the outline): no count of zero.
  expect(verdictText({ ready: false, errorCount: 0, warningCount: 0 }, vi)).toBe('Chưa sẵn sàng trình ký');
});

test('sections to write are the outline leaves that are not optional; written ones have their text', () => {
  const outlineOnly = analyze({ paragraphs: sampleParagraphs({ empty: defaultTemplate.sections.map((s) => s.id) }) });
  const leaves = defaultTemplate.sections.filter(
    (s) => s.kind !== 'optional' && !defaultTemplate.sections.some((o) => o.id.startsWith(`${s.id}.`)),
  );
  expect(writingProgress(outlineOnly, defaultTemplate)).toEqual({ written: 0, total: leaves.length });
  const done = analyze({ paragraphs: sampleParagraphs({}) });
  expect(writingProgress(done, defaultTemplate)).toEqual({ written: leaves.length, total: leaves.length });
  const partly = analyze({ paragraphs: sampleParagraphs({ omit: ['1.II.4'], guidance: ['1.I'] }) });
  expect(writingProgress(partly, defaultTemplate).written).toBe(leaves.length - 2);
});

test('an insertion of the outline writes one heading per section', () => {
  expect(headingsOf(defaultTemplate)).toBe(defaultTemplate.sections.length);
});
