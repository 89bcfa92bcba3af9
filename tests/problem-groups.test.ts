// Grouping the problems of a report by kind, the order previous / next walks, and the kinds' names.
import { analyze } from '../src/analysis/report';
import type { FindingCode } from '../src/analysis/types';
import { sampleParagraphs } from '../src/samples/sample-report';
import { groupProblems, isDocumentWide, kindLabel, problemOrder } from '../src/taskpane/problem-groups';
import { findingDetail } from '../src/taskpane/problem-text';
import { fixFor, quoted } from '../src/taskpane/problem-fix';
import { getStrings } from '../src/taskpane/strings';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

const draft = analyze({
  paragraphs: sampleParagraphs({ omit: ['1.II.4'], empty: ['1.II.2.2', '1.III.2'], guidance: ['1.I'], noFigures: ['1.II.3.3'], noSignature: true }),
});

test('open findings only, errors then warnings then notes, one group per kind with every finding once', () => {
  const groups = groupProblems(draft);
  const ranks = groups.map((g) => SEVERITY_RANK[g.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(new Set(groups.map((g) => g.code)).size).toBe(groups.length);
  for (const g of groups) expect(g.findings.every((f) => f.code === g.code && f.severity === g.severity)).toBe(true);
  const open = draft.findings.filter((f) => !f.ignored);
  expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(open.length);
  // Two sections left empty: one group of two.
  const empty = groups.find((g) => g.code === 'section-empty');
  expect(empty?.findings.map((f) => f.section)).toEqual(['1.II.2.2', '1.III.2']);
  expect(groups.map((g) => g.code)).toEqual(expect.arrayContaining(['section-missing', 'guidance-left', 'section-no-figures', 'signature-missing']));
});

test('an ignored finding leaves its group; a group with nothing open is not shown', () => {
  const ignored = analyze(
    { paragraphs: sampleParagraphs({ empty: ['1.III.2'], noSignature: true }) },
    { ignores: [{ code: 'section-empty', section: '1.III.2', reason: 'Báo cáo riêng' }] },
  );
  const codes = groupProblems(ignored).map((g) => g.code);
  expect(codes).not.toContain('section-empty');
  expect(codes).toContain('signature-missing');
});

test('problemOrder is the groups one after another', () => {
  const order = problemOrder(draft);
  expect(order).toEqual(groupProblems(draft).flatMap((g) => g.findings));
  expect(order[0].severity).toBe('error');
});

test('a ready report has no problems', () => {
  const good = analyze({ paragraphs: sampleParagraphs({}) });
  expect(good.ready).toBe(true);
  expect(groupProblems(good).filter((g) => g.severity === 'error')).toEqual([]);
});

test('kinds are named in words, in both languages, with the count when given and never "(0)"', () => {
  const codes: FindingCode[] = [
    'section-missing', 'section-empty', 'guidance-left', 'section-no-figures', 'signature-missing',
    'figure-missing', 'section-order', 'recipients-missing', 'optional-empty',
  ];
  for (const lang of ['vi', 'en'] as const) {
    const names = codes.map((c) => kindLabel(c, lang));
    expect(new Set(names).size).toBe(codes.length);
    for (const n of names) expect(n).not.toMatch(/-/);
  }
  expect(kindLabel('section-no-figures', 'vi', 2)).toBe('Chưa có số liệu (2)');
  expect(kindLabel('section-missing', 'vi', 1)).toBe('Thiếu mục (1)');
  expect(kindLabel('figure-missing', 'vi')).toBe('Thiếu số liệu theo đề cương');
  expect(kindLabel('signature-missing', 'en', 0)).toBe('Not signed');
});

test('document-wide findings are those without a section', () => {
  const signature = draft.findings.find((f) => f.code === 'signature-missing');
  const empty = draft.findings.find((f) => f.code === 'section-empty');
  expect(signature && isDocumentWide(signature)).toBe(true);
  expect(empty && isDocumentWide(empty)).toBe(false);
});

test('the detail says what is wrong without repeating the title; a quote is not quoted twice', () => {
  const t = getStrings('vi');
  const guidance = draft.findings.find((f) => f.code === 'guidance-left');
  if (!guidance) throw new Error('no guidance finding');
  const section = draft.sections.find((s) => s.id === guidance.section);
  expect(findingDetail(guidance, t, section)).not.toContain(section?.title ?? '—');
  expect(quoted('Nêu rõ kết quả')).toBe('“Nêu rõ kết quả”');
  expect(quoted('phong trào “Dân vận khéo”')).toBe('phong trào “Dân vận khéo”');
  const signature = draft.findings.find((f) => f.code === 'signature-missing');
  if (!signature) throw new Error('no signature finding');
  expect(findingDetail(signature, t)).toBe(signature.message);
});

test('the fix of each kind points at the section in the document', () => {
  const byCode = (code: FindingCode) => {
    const f = draft.findings.find((x) => x.code === code);
    if (!f) throw new Error(code);
    return { f, s: draft.sections.find((x) => x.id === f.section) };
  };
  expect(fixFor(byCode('section-missing').f, byCode('section-missing').s)).toEqual({ kind: 'repair' });
  const empty = byCode('section-empty');
  expect(fixFor(empty.f, empty.s)).toEqual({ kind: 'cursor', paragraph: empty.s?.paragraph });
  const noFigures = byCode('section-no-figures');
  expect(fixFor(noFigures.f, noFigures.s)).toEqual({ kind: 'cursor', paragraph: (noFigures.s?.body?.[1] ?? 0) - 1 });
  const guidance = byCode('guidance-left');
  const body = guidance.s?.body ?? [0, 0];
  expect(fixFor(guidance.f, guidance.s)).toEqual({ kind: 'select', first: body[0], last: body[1] - 1 });
  expect(fixFor(byCode('signature-missing').f, undefined)).toBeUndefined();
});
