/** @jest-environment jsdom */
// The task pane over the Word host on the fake, where real Word differs from the documentation:
// paragraph events that never fire (OfficeDev/office-js#4874, #5400), events fired by the
// add-in's own edits, ignores that do not mark the document as changed (#1059), and comments
// somebody answered.
import './helpers/dom-setup';
import { NOT_ANNOUNCER, openIgnoreForm, problem, summary } from './helpers/dom-queries';
import { installWordFake } from './helpers/word-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SnapshotParagraph } from '../src/analysis/types';
import { App } from '../src/taskpane/App';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import { createWordHost } from '../src/word/host';
import type { FakeOptions, FakeParagraphInit, WordFake } from './fakes/word-fake';
import { openCheckView } from './helpers/pane-views';

jest.setTimeout(40000);

let fake: WordFake;

afterEach(() => jest.useRealTimers());

beforeEach(() => localStorage.clear());

function toFake(paragraphs: SnapshotParagraph[]): FakeParagraphInit[] {
  return paragraphs.map((p) => ({ text: p.text, headingLevel: p.headingLevel, inTable: p.inTable }));
}

function heading(id: string): string {
  const s = defaultTemplate.sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return `${s.numbering} ${s.title}`;
}

/** Renders the pane over the Word host; counts the document reads. */
function setup(options: FakeOptions, sample = {}) {
  fake = installWordFake(toFake(sampleParagraphs(sample)), options);
  const host = createWordHost('vi');
  const reads = { n: 0 };
  const read = host.readSnapshot.bind(host);
  (host as { readSnapshot: typeof host.readSnapshot }).readSnapshot = () => {
    reads.n++;
    return read();
  };
  render(<App host={host} lang="vi" />);
  return { host, reads };
}

async function tick(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

/** The pane checks the document it opens on (and opens on "Kiểm tra"); then the user checks. */
async function firstCheck(): Promise<void> {
  await tick(10);
  await waitFor(() => expect(document.querySelector('[data-opening="done"]')).not.toBeNull());
  act(() => screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }).click());
  await tick(10);
  await waitFor(() => expect(summary()).toBeInTheDocument());
  await tick(10);
}

function emptySection(id: string, next: string): void {
  const texts = fake.doc.texts();
  const start = texts.indexOf(heading(id)) + 1;
  const end = texts.indexOf(heading(next));
  for (let i = start; i < end; i++) fake.userTypes(i, '');
}

test('events that never fire: coming back to the pane re-checks', async () => {
  jest.useFakeTimers();
  setup({ apiVersion: '1.9', eventsFire: false });
  await firstCheck();
  expect(summary()).toHaveAttribute('data-ready', 'true');

  emptySection('1.III.2', '1.III.3');
  await act(async () => {
    await fake.emitChange('ParagraphChanged'); // lost
  });
  await tick(1500);
  expect(summary()).toHaveAttribute('data-ready', 'true');

  // The user clicks back into the pane.
  act(() => {
    fireEvent.focus(window);
  });
  await tick(1000);
  await waitFor(() => expect(summary()).toHaveAttribute('data-ready', 'false'));
  expect(problem('section-empty', '1.III.2')).toHaveAttribute('data-section-status', 'empty');
});

test('the pane becoming visible again re-checks, also on a Word without change events', async () => {
  jest.useFakeTimers();
  const { reads } = setup({ apiVersion: '1.3' });
  await firstCheck();
  const before = reads.n;
  emptySection('1.III.2', '1.III.3');
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await tick(1000);
  await waitFor(() => expect(summary()).toHaveAttribute('data-ready', 'false'));
  expect(reads.n).toBe(before + 1);
});

test("the add-in's own edits fire events, but do not start a re-check", async () => {
  jest.useFakeTimers();
  const { reads } = setup({ apiVersion: '1.9', ownEditsFireEvents: true }, { empty: ['1.III.2'] });
  await firstCheck();
  expect(fake.handlerCount('ParagraphChanged')).toBe(1);
  act(() => screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }).click());
  await tick(50);
  await waitFor(() => expect(screen.getByText(/^Đã ghi \d+ nhận xét vào văn bản\.$/, NOT_ANNOUNCER)).toBeInTheDocument());
  const after = reads.n;
  expect(fake.doc.comments.length).toBeGreaterThan(0);
  await tick(3000);
  expect(reads.n).toBe(after);
  // A change by the user still re-checks by itself.
  emptySection('1.III.3', '2');
  await act(async () => {
    await fake.emitChange('ParagraphChanged');
  });
  await tick(1500);
  expect(reads.n).toBe(after + 1);
});

test('after an ignore the pane asks to save, since Word may not (#1059)', async () => {
  fake = installWordFake(toFake(sampleParagraphs({ empty: ['1.III.2'] })), { apiVersion: '1.9' });
  const user = userEvent.setup();
  render(<App host={createWordHost('vi')} lang="vi" />);
  await openCheckView(user);
  await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
  await waitFor(() => expect(summary()).toBeInTheDocument());
  const reason = await openIgnoreForm(user, problem('section-empty', '1.III.2'));
  await user.type(reason, 'Ký số');
  await user.click(screen.getByRole('button', { name: 'Xác nhận bỏ qua' }));
  await screen.findByText(/Hãy lưu văn bản \(Ctrl\+S\)/, NOT_ANNOUNCER);
  expect(fake.doc.saved).toBe(true);
});

test('a comment somebody answered is kept, and the pane says so', async () => {
  fake = installWordFake(toFake(sampleParagraphs({ empty: ['1.III.2'] })), { apiVersion: '1.9' });
  const user = userEvent.setup();
  render(<App host={createWordHost('vi')} lang="vi" />);
  await openCheckView(user);
  await user.click(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }));
  await screen.findByText(/^Đã ghi \d+ nhận xét vào văn bản\.$/, NOT_ANNOUNCER);
  fake.userReplies(0, 'Đã bổ sung.');
  await openCheckView(user);
  await user.click(screen.getByRole('button', { name: 'Xóa nhận xét của công cụ' }));
  await screen.findByText(/1 nhận xét cũ của công cụ đã có người trả lời nên được đánh dấu “Đã giải quyết”/, NOT_ANNOUNCER);
  expect(fake.doc.comments).toHaveLength(1);
  expect(fake.doc.comments[0]).toMatchObject({ resolved: true });
  expect(fake.doc.comments[0].replies).toHaveLength(1);
});
