/** @jest-environment jsdom */
// Choosing the outline in the task pane over the Word fake: an imported outline is inserted, the
// document keeps it, and a new session over the saved document checks against the same outline;
// a document without that mark is checked against the outline it matches best; a broken outline
// file is refused with a clear message and nothing is inserted.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as fs from 'node:fs';
import * as React from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/taskpane/App';
import { createWordHost } from '../src/word/host';
import { OUTLINE_SETTING } from '../src/word/outline-mark';
import { createWordFake, type WordFake } from './fakes/word-fake';
import { OUTLINE_2025_PATH } from './helpers/outline-2025';
import { sectionStatuses } from './helpers/dom-queries';
import { checkFromPane, openCheckView } from './helpers/pane-views';

jest.setTimeout(60000);

const NOT_ANNOUNCER = { ignore: '[data-testid="announcer"], script, style' };
let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});
beforeEach(() => localStorage.clear());

function open(fake: WordFake) {
  uninstall?.();
  uninstall = fake.install();
  const user = userEvent.setup();
  render(<App host={createWordHost('vi')} lang="vi" />);
  return user;
}

function outlineFile(name: string, text: string): File {
  return new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' });
}

async function usedOutline(): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-outline-used]');
    if (!el) throw new Error('no outline named yet');
    return el;
  });
}

test('an imported outline is inserted, kept in the saved document and used by a check in a new session', async () => {
  const fake = createWordFake();
  const user = open(fake);
  await user.upload(screen.getByTestId('outline-file'), outlineFile('de-cuong-2025-mau.txt', fs.readFileSync(OUTLINE_2025_PATH, 'utf8')));
  await screen.findByText(/Đã tải Đề cương năm 2025/, NOT_ANNOUNCER);
  expect(screen.getByRole('combobox', { name: /Đề cương/ })).toHaveDisplayValue(/Đề cương năm 2025/);

  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  await screen.findByText(/Đã chèn \d+ đề mục/, NOT_ANNOUNCER);
  // The 2025 outline's own headings went in, not the built-in 2023 ones.
  expect(fake.doc.texts().some((x) => x.startsWith('7. Công tác sắp xếp tổ chức bộ máy'))).toBe(true);
  await openCheckView(user);
  const used = await usedOutline();
  expect(used).toHaveAttribute('data-outline-used', 'document');
  const id = used.getAttribute('data-outline-id');
  expect(id).not.toBe('mttq-2023');
  // The mark holds the whole outline: another computer has no copy of it.
  const stored = fake.doc.settings[OUTLINE_SETTING] as { id: string; file?: { sections: unknown[] } };
  expect(stored.id).toBe(id);
  expect(stored.file?.sections.length).toBeGreaterThan(10);

  fake.userSaves();
  cleanup();
  const again = fake.reopen();
  const user2 = open(again);
  await checkFromPane(user2);
  const usedAgain = await usedOutline();
  expect(usedAgain).toHaveAttribute('data-outline-used', 'document');
  expect(usedAgain).toHaveAttribute('data-outline-id', id);
  expect(usedAgain).toHaveTextContent('(ghi trong văn bản)');
  // Its sections are the 2025 outline's: 1.II.7 exists there, not in 2023.
  await waitFor(() => expect(document.querySelector('[data-ready]')).not.toBeNull());
  expect((await sectionStatuses(user2)).has('1.II.7')).toBe(true);
});

test('a document saved before the mark was written does not have it in a new session', async () => {
  const fake = createWordFake();
  const user = open(fake);
  await user.upload(screen.getByTestId('outline-file'), outlineFile('de-cuong-2025-mau.txt', fs.readFileSync(OUTLINE_2025_PATH, 'utf8')));
  await screen.findByText(/Đã tải Đề cương năm 2025/, NOT_ANNOUNCER);
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  await screen.findByText(/Đã chèn \d+ đề mục/, NOT_ANNOUNCER);
  cleanup();
  // Never saved: the file is the empty document it was.
  const again = fake.reopen();
  expect(again.doc.settings[OUTLINE_SETTING]).toBeUndefined();
  expect(again.doc.texts().join('')).toBe('');
});

test('a document without a mark is checked against the outline it matches best, and the pane says so', async () => {
  // A document written to the 2025 outline (its headings typed by hand), no mark.
  const source = createWordFake();
  const user = open(source);
  await user.upload(screen.getByTestId('outline-file'), outlineFile('de-cuong-2025-mau.txt', fs.readFileSync(OUTLINE_2025_PATH, 'utf8')));
  await screen.findByText(/Đã tải Đề cương năm 2025/, NOT_ANNOUNCER);
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  await screen.findByText(/Đã chèn \d+ đề mục/, NOT_ANNOUNCER);
  const texts = source.doc.texts();
  cleanup();

  const plain = createWordFake(texts.map((text) => ({ text })));
  const user2 = open(plain);
  // With only the built-in outline known, the pane names it as recognised.
  await checkFromPane(user2);
  expect(await usedOutline()).toHaveAttribute('data-outline-used', 'auto');
  expect(await usedOutline()).toHaveAttribute('data-outline-id', 'mttq-2023');
  // Once the 2025 outline is loaded (in "Soạn"), it matches better and is the one used.
  await user2.click(screen.getByRole('tab', { name: 'Soạn' }));
  await user2.upload(screen.getByTestId('outline-file'), outlineFile('de-cuong-2025-mau.txt', fs.readFileSync(OUTLINE_2025_PATH, 'utf8')));
  await screen.findByText(/Đã tải Đề cương năm 2025/, NOT_ANNOUNCER);
  await checkFromPane(user2);
  await waitFor(() => expect(document.querySelector('[data-outline-used]')).toHaveAttribute('data-outline-id', expect.stringMatching(/2025/)));
  const used = await usedOutline();
  expect(used).toHaveAttribute('data-outline-used', 'auto');
  expect(used).toHaveTextContent(/Đang kiểm tra theo đề cương: Đề cương năm 2025 .*\(tự nhận biết\)/);
  expect(plain.doc.settings[OUTLINE_SETTING]).toBeUndefined();
});

test('a broken outline file gets a clear message and nothing is inserted from it', async () => {
  const fake = createWordFake();
  const user = open(fake);
  await user.upload(screen.getByTestId('outline-file'), outlineFile('hong.json', '{"format": "mttq-outline/1", "id": 5}'));
  const error = await waitFor(() => {
    const el = document.querySelector('[data-outline-message="error"]');
    if (!el) throw new Error('no error yet');
    return el;
  });
  expect(error).toHaveTextContent('Không dùng được tệp “hong.json”.');
  expect(error).toHaveTextContent(/Tệp đề cương không hợp lệ/);
  expect(error).toHaveTextContent(/\bid\b/);
  // The choice stays on the built-in outline; nothing was written.
  expect(screen.getByRole('combobox', { name: /Đề cương/ })).toHaveDisplayValue(/mttq-2023/);
  expect(fake.doc.texts().join('')).toBe('');
  expect(fake.doc.settings[OUTLINE_SETTING]).toBeUndefined();
});

test('a document that names an outline this computer does not have says so and is checked against the best match', async () => {
  const fake = createWordFake([{ text: 'Báo cáo' }], { settings: { [OUTLINE_SETTING]: { id: 'de-cuong-2099', version: '1' } } });
  const user = open(fake);
  await checkFromPane(user);
  const used = await usedOutline();
  expect(used).toHaveAttribute('data-outline-used', 'auto');
  expect(used).toHaveAttribute('data-outline-id', 'mttq-2023');
  await screen.findByText('Văn bản ghi đề cương “de-cuong-2099” nhưng máy này không có đề cương đó; hãy tải đề cương ấy để kiểm tra đúng.', NOT_ANNOUNCER);
});
