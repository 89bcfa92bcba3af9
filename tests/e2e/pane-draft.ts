// A draft report with a problem of each kind for the task pane's browser tests, as the Word
// fake's paragraphs, and what the engine finds in it (the figures the pane is compared with);
// with the steps and readings the narrow-pane tests share.
import type { Page } from 'playwright-core';
import { analyze } from '../../src/analysis/report';
import type { Report, SnapshotParagraph } from '../../src/analysis/types';
import { SAMPLE_BODIES, sampleParagraphs } from '../../src/samples/sample-report';
import { defaultTemplate } from '../../src/template';
import type { FakeParagraphInit } from '../fakes/word-fake';

/** The sentence of 1.II.5.2 that holds two of its required figures: without it the section passes with warnings. */
const FIGURES_SENTENCE = SAMPLE_BODIES['1.II.5.2'][1];

/**
 * The sample report with: 1.II.4 left out, 1.III.2 and the optional 1.III.3 empty, 1.I still
 * the outline's guidance, 1.II.3.1 with its figures in words, no signature block, and 1.II.5.2
 * without one of its sentences.
 */
const DRAFT: SnapshotParagraph[] = sampleParagraphs({
  omit: ['1.II.4'],
  empty: ['1.III.2', '1.III.3'],
  guidance: ['1.I'],
  noFigures: ['1.II.3.1'],
  noSignature: true,
}).filter((p) => p.text !== FIGURES_SENTENCE);

/** The draft as the Word fake's document. */
export const DRAFT_PARAGRAPHS: FakeParagraphInit[] = DRAFT.map((p) => ({ text: p.text, headingLevel: p.headingLevel, inTable: p.inTable }));

/** What the engine finds in the draft. */
export const DRAFT_REPORT: Report = analyze({ paragraphs: DRAFT });

/** The first paragraph of a section's heading as the draft writes it ("I." on its own line for a part's chapters). */
export function headingText(id: string): string {
  const s = defaultTemplate.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id} in the outline`);
  return s.level === 1 ? s.numbering : `${s.numbering} ${s.title}`;
}

export interface ListedProblem {
  code: string;
  severity: string;
  section: string;
  sectionStatus: string;
}

/** The problems the pane lists, in their order on screen. */
export function listedProblems(page: Page): Promise<ListedProblem[]> {
  return page.$$eval('[data-list="problems"] li[data-code]', (els) =>
    els.map((el) => ({
      code: el.getAttribute('data-code') ?? '',
      severity: el.getAttribute('data-severity') ?? '',
      section: el.getAttribute('data-section') ?? '',
      sectionStatus: el.getAttribute('data-section-status') ?? '',
    })),
  );
}

/** Records what the live region announces from now on (in `window.__announced`). */
export async function listenToAnnouncer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="announcer"]');
    if (!el) throw new Error('no live region');
    const said: string[] = [];
    window.__announced = said;
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { subtree: true, childList: true, characterData: true });
  });
}

/** The pane has read the document and picked its view. */
export async function paneSettled(page: Page): Promise<void> {
  await page.locator('[data-opening="done"]').waitFor();
}

/** Presses the check button of the "Kiểm tra" view and waits until the check is announced as finished. */
export async function pressCheck(page: Page, name: RegExp = /^Kiểm tra( lại)?$/, done = 'Kiểm tra xong:'): Promise<void> {
  await listenToAnnouncer(page);
  await page.getByRole('button', { name }).click();
  await page.waitForFunction((prefix) => (window.__announced ?? []).some((t) => t.startsWith(prefix)), done);
  await page.locator('[data-list="problems"]').waitFor();
}
