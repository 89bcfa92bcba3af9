/** @jest-environment jsdom */
// The guidance of the section under the cursor, over the real Word host on the Word fake: the
// cursor moves in the document, the pane shows that section's guidance and figures.
import './helpers/dom-setup';
import { installWordFake } from './helpers/word-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { analyze } from '../src/analysis/report';
import type { Report } from '../src/analysis/types';
import { sampleParagraphs } from '../src/samples/sample-report';
import { CursorGuidance } from '../src/taskpane/CursorGuidance';
import { guidanceParagraphs, sectionHeading } from '../src/taskpane/Guidance';
import type { ReportHost } from '../src/taskpane/host';
import { getStrings } from '../src/taskpane/strings';
import { sectionAt } from '../src/taskpane/useCursorSection';
import { defaultTemplate } from '../src/template';
import { createWordHost } from '../src/word/host';
import type { WordFake } from './fakes/word-fake';

jest.setTimeout(30000);

function section(id: string) {
  const s = defaultTemplate.sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
}

async function setup(lang: 'vi' | 'en' = 'vi'): Promise<{ fake: WordFake; host: ReportHost; report: Report }> {
  const fake = installWordFake(sampleParagraphs().map((p) => ({ text: p.text, headingLevel: p.headingLevel, inTable: p.inTable })));
  fake.userSelectsHeader();
  const host = createWordHost(lang);
  const report = analyze(await host.readSnapshot(), { template: defaultTemplate, lang });
  render(<CursorGuidance host={host} report={report} template={defaultTemplate} t={getStrings(lang)} />);
  // Office adds the handler asynchronously; moves before that reach no one.
  await waitFor(() => expect(fake.selectionEvents().handlers).toBe(1));
  await fake.flushSelectionEvents();
  return { fake, host, report };
}

/** A paragraph of the section's own body (its last one), else its heading. */
function inside(report: Report, id: string): number {
  const s = report.sections.find((x) => x.id === id);
  if (s?.paragraph === undefined) throw new Error(`no ${id}`);
  return s.body && s.body[1] > s.body[0] ? s.body[1] - 1 : s.paragraph;
}

const announcer = (): HTMLElement => document.querySelector('[data-cursor-announcer]') as HTMLElement;

test('moving the cursor into a section shows its guidance and the figures it asks for', async () => {
  const { fake, report } = await setup();
  // In the header: no section, nothing shown.
  expect(document.querySelector('[data-cursor-section]')).toBeNull();

  fake.userPutsCursor(inside(report, '1.I'), 3);
  const title = `Mục đang viết: ${sectionHeading(section('1.I'))}`;
  expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  expect(screen.getByText(guidanceParagraphs(section('1.I'))[0])).toBeInTheDocument();
  expect(screen.getByText(section('1.I').figures[0].label)).toBeInTheDocument();
  await waitFor(() => expect(announcer()).toHaveTextContent(title));

  fake.userPutsCursor(inside(report, '1.II.1'));
  const next = `Mục đang viết: ${sectionHeading(section('1.II.1'))}`;
  expect(await screen.findByRole('heading', { name: next })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: title })).not.toBeInTheDocument();
  expect(screen.getByText(section('1.II.1').figures[0].label)).toBeInTheDocument();
  await waitFor(() => expect(announcer()).toHaveTextContent(next));
});

test('the live region changes only when the section changes, and empties outside every section', async () => {
  const { fake, report } = await setup();
  const id = '1.II.1';
  const s = report.sections.find((x) => x.id === id);
  if (!s?.body || s.paragraph === undefined) throw new Error(id);
  fake.userPutsCursor(s.paragraph, 0);
  const title = `Mục đang viết: ${sectionHeading(section(id))}`;
  await waitFor(() => expect(announcer()).toHaveTextContent(title));
  const changes: string[] = [];
  const observer = new MutationObserver(() => changes.push(announcer().textContent ?? ''));
  observer.observe(announcer(), { childList: true, characterData: true, subtree: true });
  // Another paragraph of the same section, and a co-author's action: no new announcement.
  const runs = fake.stats.runs;
  fake.userPutsCursor(s.body[1] - 1, 2);
  await fake.flushSelectionEvents();
  fake.coauthorActs();
  await fake.flushSelectionEvents();
  // The pane asked Word where the cursor is (after the debounce), and got its answer.
  await waitFor(() => expect(fake.stats.runs).toBeGreaterThan(runs));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(changes).toEqual([]);
  fake.userSelectsHeader();
  await waitFor(() => expect(document.querySelector('[data-cursor-section]')).toBeNull());
  expect(announcer()).toHaveTextContent('');
  observer.disconnect();
});

test('in English, with the same guidance', async () => {
  const { fake, report } = await setup('en');
  fake.userPutsCursor(inside(report, '1.I'));
  expect(await screen.findByRole('heading', { name: `Section being written: ${sectionHeading(section('1.I'))}` })).toBeInTheDocument();
});

test('nothing shows with a host that cannot tell where the cursor is, or without a report', async () => {
  // setup() renders one pane with the host and the report; two more panes lack one or the other.
  const { fake, host, report } = await setup();
  const { cursorParagraph: _cursor, onSelectionChange: _moves, ...rest } = host;
  const blind: ReportHost = { ...rest, kind: host.kind, capabilities: host.capabilities };
  render(<CursorGuidance host={blind} report={report} template={defaultTemplate} t={getStrings('vi')} />);
  render(<CursorGuidance host={host} report={null} template={defaultTemplate} t={getStrings('vi')} />);
  fake.userPutsCursor(inside(report, '1.I'));
  await screen.findByRole('heading', { name: `Mục đang viết: ${sectionHeading(section('1.I'))}` });
  expect(document.querySelectorAll('[data-cursor-section]')).toHaveLength(1);
});

test('a paragraph belongs to the innermost section whose heading or own body holds it', () => {
  const sections = [
    { id: '1.II', paragraph: 10, body: [11, 12] as [number, number] },
    { id: '1.II.1', paragraph: 12, body: [13, 20] as [number, number] },
    { id: '1.II.2', paragraph: 20 },
    { id: '1.III' },
  ].map((s) => ({ title: s.id, level: 2, status: 'ok' as const, figures: [], checklist: [], ...s }));
  const at = (p: number | null) => sectionAt({ sections }, p)?.id ?? null;
  expect([at(9), at(10), at(11), at(12), at(19), at(20), at(21), at(null)]).toEqual([null, '1.II', '1.II', '1.II.1', '1.II.1', '1.II.2', null, null]);
});
