// What the pane's buttons do: insert the outline, check, write or remove comments, ignore, select
// in the document. One action at a time; each says its outcome next to itself and to screen readers.
import * as React from 'react';
import type { Finding, Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import { describeError, type Area, type Feedback } from './Feedback';
import { reportComments } from './engine';
import type { CommentsOutcome, InsertOptions, ReportHost } from './host';
import { addIgnore, removeIgnore } from './ignores';
import type { Lang, Strings } from './strings';
import type { ReportCheck } from './useReportCheck';
import type { Outlines } from './useOutlines';
import { headingsOf, verdictText } from './verdict';

export type Action = 'insert' | 'write-comments' | 'remove-comments' | 'ignore';
export type InsertMode = 'auto' | 'missing' | 'cursor';

export interface PaneContext {
  host: ReportHost;
  lang: Lang;
  t: Strings;
  outlines: Outlines;
  checker: ReportCheck;
  /** The outline of the results (the last check's), else the one chosen for insertion. */
  shown: ReportTemplate;
  unit: string;
  place: string;
}

export interface PaneActions {
  action: Action | null;
  /** The document has text: the pane offers to add the missing headings or insert at the cursor. */
  offer: boolean;
  setOffer(offer: boolean): void;
  feedback: Feedback | null;
  setFeedback(feedback: Feedback | null): void;
  /** The text of the live region. */
  announcement: string;
  announce(text: string): void;
  /** Grows after each check the user asked for: the verdict takes the focus. */
  verdictFocus: number;
  insert(mode: InsertMode, area?: Area): Promise<void>;
  runCheck(): Promise<void>;
  /** A check nobody asked for (opening the pane, switching the language): announces nothing. */
  checkQuietly(): Promise<Report | null>;
  writeComments(): Promise<void>;
  removeComments(): Promise<void>;
  changeIgnores(finding: Finding, reason: string | null): Promise<boolean>;
  select(paragraph: number, label: string): Promise<void>;
  selectRange(first: number, last: number, label: string): Promise<void>;
  placeCursor(paragraph: number, label: string): Promise<void>;
}

function commentsOutcome(result: number | CommentsOutcome): CommentsOutcome {
  return typeof result === 'number' ? { count: result, kept: 0, failed: 0 } : result;
}

function commentsText(main: string, outcome: CommentsOutcome, t: Strings): string {
  let text = main;
  if (outcome.kept > 0) text += ` ${t.commentsKept(outcome.kept)}`;
  if (outcome.failed > 0) text += ` ${t.commentsNotRemoved(outcome.failed)}`;
  return text;
}

function commentsIntent(outcome: CommentsOutcome): Feedback['intent'] {
  if (outcome.failed > 0) return 'warning';
  return outcome.count === 0 && outcome.kept === 0 ? 'info' : 'success';
}

/** What a verdict is, whatever the language: a re-check announces only when this changes. */
function verdictKey(report: Report): string {
  return `${report.ready}/${report.errorCount}/${report.warningCount}`;
}

export function usePaneActions(ctx: PaneContext): PaneActions {
  const { host, lang, t, outlines, checker, shown, unit, place } = ctx;
  const caps = host.capabilities;
  const [action, setAction] = React.useState<Action | null>(null);
  const actionRef = React.useRef<Action | null>(null);
  const [offer, setOffer] = React.useState(false);
  const [feedback, setFeedback] = React.useState<Feedback | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [verdictFocus, setVerdictFocus] = React.useState(0);
  const lastVerdict = React.useRef('');

  const announce = React.useCallback((text: string) => {
    // The same text twice in a row is still announced: alternate an invisible trailing space.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);

  const begin = (kind: Action): boolean => {
    if (actionRef.current) return false;
    actionRef.current = kind;
    setAction(kind);
    return true;
  };
  const end = (): void => {
    actionRef.current = null;
    setAction(null);
  };
  const succeed = (area: Area, text: string, intent: Feedback['intent'] = 'success'): void => {
    setFeedback({ area, intent, text });
    announce(text);
  };
  const fail = (area: Area, text: string, error: unknown): void => {
    const detail = describeError(error, t);
    setFeedback({ area, intent: 'error', text, detail });
    announce(`${text} ${t.errorDetail(detail)}`);
  };

  // A re-check by itself (after a change) announces the verdict only when it changed; the first
  // verdict of a pane opened on a document is shown, not announced.
  React.useEffect(() => {
    const report = checker.report;
    if (!report || !checker.reportIsAuto) return;
    const key = verdictKey(report);
    if (lastVerdict.current && key !== lastVerdict.current) announce(verdictText(report, t));
    lastVerdict.current = key;
  }, [checker.report, checker.reportIsAuto, t, announce]);

  const checkQuietly = async (): Promise<Report | null> => {
    try {
      const { report } = await checker.check({ auto: true });
      lastVerdict.current = verdictKey(report);
      return report;
    } catch (e) {
      fail('check', t.checkError, e);
      return null;
    }
  };

  // The document remembers the outline it was inserted from (kept inside it, see src/word/outline-mark.ts).
  const keepOutline = async (outline: ReportTemplate, area: Area): Promise<void> => {
    if (!host.saveOutlineMark) return;
    try {
      const saved = await host.saveOutlineMark(outlines.markFor(outline));
      outlines.marked(outline);
      if (saved && saved.saveReminder) {
        setFeedback((f) => (f ? { ...f, intent: 'warning', text: `${f.text} ${t.outlineSaveReminder}` } : f));
        announce(t.outlineSaveReminder);
      }
    } catch (e) {
      setFeedback({ area, intent: 'warning', text: t.outlineMarkError, detail: describeError(e, t) });
      announce(t.outlineMarkError);
    }
  };

  const insert = async (mode: InsertMode, area: Area = 'insert'): Promise<void> => {
    if (!caps.insert || !begin('insert')) return;
    setFeedback(null);
    announce(t.inserting);
    let done = false;
    let insertedWith: ReportTemplate | null = null;
    // Insertions write the chosen outline; a repair adds what the checked outline misses.
    const outline = mode === 'missing' ? shown : outlines.chosen;
    host.useOutline?.(outline);
    try {
      const options: Omit<InsertOptions, 'mode'> = {
        unit: unit.trim() || t.unitBlank,
        place: place.trim() || t.placeBlank,
      };
      if (mode === 'auto' && !(await host.isEmpty())) {
        setOffer(true);
        announce(`${t.insertNotEmptyTitle}. ${t.insertNotEmpty}`);
        return;
      }
      // The repair is planned on the last snapshot the pane read (one is read when there is none).
      const snapshot = mode === 'missing' ? (checker.latest()?.snapshot ?? (await host.readSnapshot())) : undefined;
      const result = await host.insertTemplate({ mode: mode === 'auto' ? 'full' : mode, ...options }, snapshot);
      // Said in the user's terms: the headings of the outline, not paragraphs.
      const text = mode === 'missing' ? t.headingsAdded(result.headingsAdded) : t.inserted(headingsOf(outline));
      if (mode !== 'missing') insertedWith = outline;
      if (result.notLanded && result.notLanded.length > 0) succeed(area, `${text} ${t.headingsNotLanded(result.notLanded)}`, 'warning');
      else succeed(area, text);
      setOffer(false);
      done = true;
    } catch (e) {
      fail(area, t.insertError, e);
    } finally {
      end();
    }
    if (insertedWith) await keepOutline(insertedWith, area);
    if (done) await checkQuietly();
  };

  const runCheck = async (): Promise<void> => {
    setFeedback((f) => (f && (f.area === 'check' || f.area === 'results') ? null : f));
    announce(t.checking);
    try {
      const { report } = await checker.check();
      lastVerdict.current = verdictKey(report);
      announce(t.checkDone(verdictText(report, t)));
      setVerdictFocus((n) => n + 1);
    } catch (e) {
      fail('check', t.checkError, e);
    }
  };

  const writeComments = async (): Promise<void> => {
    if (!caps.comments || !begin('write-comments')) return;
    setFeedback(null);
    announce(t.writingComments);
    try {
      const { report } = await checker.check();
      const outcome = commentsOutcome(await host.writeComments(await reportComments(report, lang)));
      succeed('comments', commentsText(t.commentsWritten(outcome.count), outcome, t), commentsIntent(outcome));
    } catch (e) {
      fail('comments', t.commentsError, e);
    } finally {
      end();
    }
  };

  const removeComments = async (): Promise<void> => {
    if (!caps.comments || !begin('remove-comments')) return;
    setFeedback(null);
    announce(t.removingComments);
    try {
      const outcome = commentsOutcome(await host.removeComments());
      succeed('comments', commentsText(t.commentsRemoved(outcome.count), outcome, t), commentsIntent(outcome));
    } catch (e) {
      fail('comments', t.commentsError, e);
    } finally {
      end();
    }
  };

  const changeIgnores = async (finding: Finding, reason: string | null): Promise<boolean> => {
    if (!caps.storeIgnores || !begin('ignore')) return false;
    setFeedback(null);
    announce(t.ignoring);
    try {
      const current = checker.latest()?.snapshot.ignores ?? [];
      const next = reason === null ? removeIgnore(current, finding) : addIgnore(current, finding, reason);
      const saved = await host.saveIgnores(next);
      const text = reason === null ? t.ignoreUndone : t.ignoreSaved;
      // Custom document properties alone may not mark the document as changed (OfficeDev/office-js#1059).
      if (saved && saved.saveReminder) succeed('results', `${text} ${t.saveReminder}`, 'warning');
      else succeed('results', text);
    } catch (e) {
      fail('results', t.ignoreError, e);
      end();
      return false;
    }
    try {
      await checker.check();
    } catch (e) {
      fail('check', t.checkError, e);
    } finally {
      end();
    }
    return true;
  };

  const inDocument = async (run: () => Promise<void> | undefined, label: string): Promise<void> => {
    try {
      await run();
      announce(t.selected(label));
    } catch (e) {
      fail('results', t.selectError, e);
    }
  };

  return {
    action,
    offer,
    setOffer,
    feedback,
    setFeedback,
    announcement,
    announce,
    verdictFocus,
    insert,
    runCheck,
    checkQuietly,
    writeComments,
    removeComments,
    changeIgnores,
    select: (paragraph, label) => inDocument(() => host.selectParagraph(paragraph), label),
    selectRange: (first, last, label) => inDocument(() => host.selectParagraphs?.(first, last), label),
    placeCursor: (paragraph, label) => inDocument(() => host.placeCursorAtEnd?.(paragraph), label),
  };
}
