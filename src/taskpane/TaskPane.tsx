// The task pane over a ReportHost: insert the outline, check, comments, ignores.
import * as React from 'react';
import { useRemembered } from './useRemembered';
import { useStableCallback } from './useStableCallback';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { commentRequests } from '../analysis/messages';
import type { Finding } from '../analysis/types';
import { defaultTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { OutlineGuidance } from './Guidance';
import type { CommentsOutcome, HostCapabilities, InsertOptions, ReportHost } from './host';
import { addIgnore, removeIgnore } from './ignores';
import { ReportView, type ReportViewReasons } from './ReportView';
import { getStrings, type Lang, type Strings } from './strings';
import { useSharedStyles } from './styles';
import { summaryText } from './Summary';
import { useReportCheck } from './useReportCheck';
import { OutlinePicker, outlineName } from './OutlinePicker';
import { useOutlines, type Outlines } from './useOutlines';

type Action = 'insert' | 'write-comments' | 'remove-comments' | 'ignore';
type Area = 'insert' | 'check' | 'comments' | 'results';

interface Feedback {
  area: Area;
  intent: 'error' | 'success' | 'info' | 'warning';
  text: string;
  detail?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '0',
    // A wide pane (Word on the web lets it grow) keeps a readable line length.
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  h1: {
    margin: '0',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    minWidth: '0',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '0',
    paddingBlockStart: tokens.spacingVerticalM,
    borderBlockStartWidth: '1px',
    borderBlockStartStyle: 'solid',
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
});



export function describeError(error: unknown, t: Strings): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) {
    return error.message;
  }
  return t.unknownError;
}

function reasonFor(capabilities: HostCapabilities, feature: keyof HostCapabilities['reasons'], t: Strings): string | undefined {
  if (capabilities[feature]) return undefined;
  return capabilities.reasons[feature] || t.notSupported;
}

function FeedbackBar({ feedback, t, onDismiss }: { feedback: Feedback; t: Strings; onDismiss?: () => void }): React.JSX.Element {
  const shared = useSharedStyles();
  return (
    <MessageBar intent={feedback.intent} layout="multiline" data-feedback={feedback.intent}>
      <MessageBarBody>
        {feedback.intent === 'error' ? <MessageBarTitle>{t.errorTitle}</MessageBarTitle> : null}
        <span className={shared.text}>{feedback.text}</span>
        {feedback.detail ? <span className={shared.small}>{` ${t.errorDetail(feedback.detail)}`}</span> : null}
      </MessageBarBody>
      {feedback.intent === 'error' && onDismiss ? (
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      ) : null}
    </MessageBar>
  );
}

function Progress({ label }: { label: string }): React.JSX.Element {
  // The live region announces progress; the spinner is the visible sign.
  return <Spinner size="tiny" labelPosition="after" label={label} aria-hidden="true" />;
}

/** Which outline the check uses, and how it was chosen. */
function OutlineUsed({ outlines, t }: { outlines: Outlines; t: Strings }): React.JSX.Element | null {
  const shared = useSharedStyles();
  const used = outlines.used;
  if (!used) return null;
  const name = outlineName(used.template, t);
  const missing = outlines.mark && 'missing' in outlines.mark ? outlines.mark.missing : null;
  return (
    <>
      <p className={shared.text} data-outline-used={used.auto ? 'auto' : 'document'} data-outline-id={used.template.id}>
        {used.auto ? t.outlineUsedAuto(name) : t.outlineUsed(name)}
      </p>
      {missing ? <p className={shared.reason}>{t.outlineMarkMissing(missing)}</p> : null}
    </>
  );
}

export interface TaskPaneProps {
  host: ReportHost;
  lang: Lang;
  template?: ReportTemplate;
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

export function TaskPane({ host, lang, template = defaultTemplate }: TaskPaneProps): React.JSX.Element {
  const t = getStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const caps = host.capabilities;
  const outlines = useOutlines(host, template);
  const checker = useReportCheck(host, lang, outlines.resolve);
  // The outline of the results (the last check's), else the one chosen for insertion.
  const shown = checker.latest()?.template ?? outlines.used?.template ?? outlines.chosen;

  const [unit, setUnit] = useRemembered('unit');
  const [place, setPlace] = useRemembered('place');
  const [action, setAction] = React.useState<Action | null>(null);
  const actionRef = React.useRef<Action | null>(null);
  const [offer, setOffer] = React.useState(false);
  const [feedback, setFeedback] = React.useState<Feedback | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const lastSummary = React.useRef('');

  const ids = {
    insert: React.useId(),
    check: React.useId(),
    comments: React.useId(),
    insertReason: React.useId(),
    commentsReason: React.useId(),
    repairReason: React.useId(),
    offer: React.useId(),
  };

  const insertReason = reasonFor(caps, 'insert', t);
  const commentsReason = reasonFor(caps, 'comments', t);
  const reasons: ReportViewReasons = {
    select: reasonFor(caps, 'select', t),
    repair: reasonFor(caps, 'repair', t),
    ignore: reasonFor(caps, 'storeIgnores', t),
  };

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

  // Announce the verdict when a re-check by itself (after a change) changes it. Checks the user
  // asked for announce their own result.
  React.useEffect(() => {
    if (!checker.report || !checker.reportIsAuto) return;
    const summary = summaryText(checker.report, t);
    if (summary !== lastSummary.current) {
      lastSummary.current = summary;
      announce(summary);
    }
  }, [checker.report, checker.reportIsAuto, t, announce]);

  const recheckQuietly = async (): Promise<void> => {
    try {
      const { report } = await checker.check();
      lastSummary.current = summaryText(report, t);
    } catch (e) {
      fail('check', t.checkError, e);
    }
  };

  const insert = async (mode: 'auto' | 'missing' | 'cursor', area: Area = 'insert'): Promise<void> => {
    if (!caps.insert || !begin('insert')) return;
    setFeedback(null);
    announce(t.inserting);
    let done = false;
    let insertedWith: typeof template | null = null;
    // Insertions write the chosen outline; a repair adds what the checked outline misses.
    const outline = mode === 'missing' ? shown : outlines.chosen;
    host.useOutline?.(outline);
    try {
      const options: Omit<InsertOptions, 'mode'> = {
        unit: unit.trim() || t.unitBlank,
        place: place.trim() || t.placeBlank,
      };
      if (mode === 'auto') {
        const empty = await host.isEmpty();
        if (!empty) {
          setOffer(true);
          announce(`${t.insertNotEmptyTitle}. ${t.insertNotEmpty}`);
          return;
        }
        const result = await host.insertTemplate({ mode: 'full', ...options });
        insertedWith = outline;
        succeed(area, t.inserted(result.paragraphs));
      } else {
        // The repair is planned on the last snapshot the pane read (one is read when there is none).
        const snapshot = mode === 'missing' ? (checker.latest()?.snapshot ?? (await host.readSnapshot())) : undefined;
        const result = await host.insertTemplate({ mode, ...options }, snapshot);
        const text = mode === 'missing' ? t.headingsAdded(result.headingsAdded) : t.inserted(result.paragraphs);
        if (mode === 'cursor') insertedWith = outline;
        if (result.notLanded && result.notLanded.length > 0) succeed(area, `${text} ${t.headingsNotLanded(result.notLanded)}`, 'warning');
        else succeed(area, text);
      }
      setOffer(false);
      done = true;
    } catch (e) {
      fail(area, t.insertError, e);
    } finally {
      end();
    }
    if (insertedWith) await keepOutline(insertedWith, area);
    if (done) await recheckQuietly();
  };

  // The document remembers the outline it was inserted from (kept inside it, see src/word/outline-mark.ts).
  const keepOutline = async (outline: typeof template, area: Area): Promise<void> => {
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

  const runCheck = async (): Promise<void> => {
    setFeedback((f) => (f && (f.area === 'check' || f.area === 'results') ? null : f));
    announce(t.checking);
    try {
      const { report } = await checker.check();
      const summary = summaryText(report, t);
      lastSummary.current = summary;
      announce(t.checkDone(summary));
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
      const outcome = commentsOutcome(await host.writeComments(commentRequests(report, lang)));
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

  const select = async (paragraph: number, label: string): Promise<void> => {
    try {
      await host.selectParagraph(paragraph);
      announce(t.selected(label));
    } catch (e) {
      fail('results', t.selectError, e);
    }
  };

  // Stable handlers so the results view does not re-render on every keystroke in the form.
  const onSelectParagraph = useStableCallback(select);
  const onRepair = useStableCallback(() => insert('missing', 'results'));
  const onIgnore = useStableCallback((f: Finding, reason: string) => changeIgnores(f, reason));
  const onUndoIgnore = useStableCallback((f: Finding) => changeIgnores(f, null));
  const reasonsMemo = React.useMemo<ReportViewReasons>(
    () => ({ select: reasons.select, repair: reasons.repair, ignore: reasons.ignore }),
    [reasons.select, reasons.repair, reasons.ignore],
  );

  const feedbackFor = (area: Area): React.JSX.Element | null => {
    if (feedback && feedback.area === area) {
      return <FeedbackBar feedback={feedback} t={t} onDismiss={() => setFeedback(null)} />;
    }
    if (area === 'check' && checker.error && !checker.checking && !feedback) {
      return (
        <FeedbackBar
          feedback={{ area, intent: 'error', text: t.checkError, detail: describeError(checker.error, t) }}
          t={t}
        />
      );
    }
    return null;
  };

  const busy = action !== null;
  const report = checker.report;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.h1}>{t.appTitle}</h1>
        <p className={shared.small}>{t.appSubtitle(shown.year)}</p>
      </header>
      <div role="status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden} data-testid="announcer">
        {announcement}
      </div>
      <main className={styles.main}>
        <section aria-labelledby={ids.insert} className={shared.section}>
          <h2 id={ids.insert} className={shared.h2}>
            {t.insertHeading}
          </h2>
          <OutlinePicker outlines={outlines} t={t} lang={lang} disabled={busy} onAnnounce={announce} />
          <Field label={t.unitLabel} hint={t.unitHint}>
            <Input value={unit} placeholder={t.unitPlaceholder} onChange={(_, d) => setUnit(d.value)} />
          </Field>
          <Field label={t.placeLabel} hint={t.placeHint}>
            <Input value={place} placeholder={t.placePlaceholder} onChange={(_, d) => setPlace(d.value)} />
          </Field>
          <div className={shared.buttonRow}>
            <Button
              appearance="primary"
              className={shared.wrapButton}
              disabled={!caps.insert || busy}
              aria-describedby={insertReason ? ids.insertReason : undefined}
              onClick={() => void insert('auto')}
            >
              {t.insertButton}
            </Button>
            {action === 'insert' ? <Progress label={t.inserting} /> : null}
          </div>
          {insertReason ? (
            <p id={ids.insertReason} className={shared.reason}>{`${t.unavailable} ${insertReason}`}</p>
          ) : null}
          {offer ? (
            <div className={shared.section} role="group" aria-labelledby={ids.offer} data-offer="not-empty">
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle id={ids.offer}>{t.insertNotEmptyTitle}</MessageBarTitle>
                  <span className={shared.text}>{t.insertNotEmpty}</span>
                </MessageBarBody>
              </MessageBar>
              <div className={shared.buttonRow}>
                <Button
                  appearance="primary"
                  className={shared.wrapButton}
                  disabled={busy || reasons.repair !== undefined}
                  aria-describedby={reasons.repair ? ids.repairReason : undefined}
                  onClick={() => void insert('missing')}
                >
                  {t.insertMissingButton}
                </Button>
                {reasons.repair ? (
                  <p id={ids.repairReason} className={shared.reason}>{`${t.unavailable} ${reasons.repair}`}</p>
                ) : null}
                <Button className={shared.wrapButton} disabled={busy} onClick={() => void insert('cursor')}>
                  {t.insertCursorButton}
                </Button>
                <Button appearance="subtle" disabled={busy} onClick={() => setOffer(false)}>
                  {t.insertCancel}
                </Button>
              </div>
            </div>
          ) : null}
          {feedbackFor('insert')}
          <OutlineGuidance template={outlines.chosen} t={t} />
        </section>

        <section aria-labelledby={ids.check} className={`${shared.section} ${styles.card}`}>
          <h2 id={ids.check} className={shared.h2}>
            {t.checkHeading}
          </h2>
          <div className={shared.buttonRow}>
            <Button appearance="primary" onClick={() => void runCheck()} disabled={checker.checking && !checker.autoRunning}>
              {report ? t.recheckButton : t.checkButton}
            </Button>
            {checker.checking ? <Progress label={t.checking} /> : null}
          </div>
          <OutlineUsed outlines={outlines} t={t} />
          <p className={shared.small}>{checker.autoCheck ? t.autoCheckOn : t.autoCheckOff}</p>
          {!checker.autoCheck && caps.reasons.changeEvents ? (
            <p className={shared.reason}>{`${t.unavailable} ${caps.reasons.changeEvents}`}</p>
          ) : null}
          {feedbackFor('check')}
        </section>

        <section aria-labelledby={ids.comments} className={`${shared.section} ${styles.card}`}>
          <h2 id={ids.comments} className={shared.h2}>
            {t.commentsHeading}
          </h2>
          <p className={shared.small}>{t.commentsIntro}</p>
          <div className={shared.buttonRow}>
            <Button
              className={shared.wrapButton}
              disabled={!caps.comments || busy}
              aria-describedby={commentsReason ? ids.commentsReason : undefined}
              onClick={() => void writeComments()}
            >
              {t.writeComments}
            </Button>
            <Button
              className={shared.wrapButton}
              disabled={!caps.comments || busy}
              aria-describedby={commentsReason ? ids.commentsReason : undefined}
              onClick={() => void removeComments()}
            >
              {t.removeComments}
            </Button>
            {action === 'write-comments' ? <Progress label={t.writingComments} /> : null}
            {action === 'remove-comments' ? <Progress label={t.removingComments} /> : null}
          </div>
          {commentsReason ? (
            <p id={ids.commentsReason} className={shared.reason}>{`${t.unavailable} ${commentsReason}`}</p>
          ) : null}
          {feedbackFor('comments')}
        </section>

        {report ? (
          <div className={`${shared.section} ${styles.card}`}>
            {action === 'ignore' ? <Progress label={t.ignoring} /> : null}
            {feedbackFor('results')}
            <ReportView
              report={report}
              lang={lang}
              template={shown}
              reasons={reasonsMemo}
              busy={busy}
              onSelectParagraph={caps.select ? onSelectParagraph : undefined}
              onRepair={caps.insert ? onRepair : undefined}
              onIgnore={caps.storeIgnores ? onIgnore : undefined}
              onUndoIgnore={caps.storeIgnores ? onUndoIgnore : undefined}
              onAnnounce={announce}
            />
          </div>
        ) : null}
      </main>
    </div>
  );
}
