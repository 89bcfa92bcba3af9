// "Đề cương dùng để kiểm tra": the built-in outlines by name, or an outline the user loads (an
// outline file, or the official .docx/.txt imported in the browser), with the review of an import
// and "Lưu đề cương (.json)". The chosen outline serves the checks and the template.
//
// Testability contract: [data-outline-picker]; [data-outline-current] with data-outline-id;
// [data-outline-errors] (one li per problem, data-path); [data-outline-review];
// [data-action="save-outline"]; [data-outline-saved].
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, mergeClasses } from '@fluentui/react-components';
import type { Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import { useCheckerStyles } from './checker-styles';
import { downloadFile } from './download';
import { BUILT_IN_CHOICES, LOADED_KEY, outlineFileName, outlineLabel, type OutlineChoice } from './outline-choice';
import type { OutlineProblem } from './outline-load';
import { usePickerStyles } from './outline-pick-styles';
import { OutlineReview } from './OutlineReview';
import { getCheckerStrings } from './strings';

export const OUTLINE_MIME = 'application/json';

export interface OutlinePickerProps {
  lang: Lang;
  headingId: string;
  choice: OutlineChoice;
  /** The outline loaded from a file this session, if any (kept when a built-in one is chosen). */
  loaded?: OutlineChoice;
  onChoose: (choice: OutlineChoice) => void;
  onAnnounce: (text: string) => void;
}

export function OutlinePicker({ lang, headingId, choice, loaded, onChoose, onAnnounce }: OutlinePickerProps): React.JSX.Element {
  const s = getCheckerStrings(lang);
  const styles = usePickerStyles();
  const shared = useSharedStyles();
  const checker = useCheckerStyles();
  const inputId = React.useId();
  const hintId = React.useId();
  const saveHintId = React.useId();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [problems, setProblems] = React.useState<{ name: string; list: OutlineProblem[] } | null>(null);
  const [saved, setSaved] = React.useState<string | null>(null);
  const [saveFailed, setSaveFailed] = React.useState(false);
  const request = React.useRef(0);

  const load = async (file: File): Promise<void> => {
    const id = ++request.current;
    setBusy(file.name);
    setProblems(null);
    setSaved(null);
    try {
      // The validator and the importer come with the first outline loaded, not with the page.
      const { loadOutlineBlob } = await import(/* webpackChunkName: "outline-load" */ './outline-load');
      const result = await loadOutlineBlob(file.name, file, lang);
      if (id !== request.current) return;
      if (result.ok) onChoose(result.choice);
      else {
        setProblems({ name: file.name, list: result.problems });
        onAnnounce(s.outlineErrorTitle(file.name));
      }
    } catch {
      if (id === request.current) setProblems({ name: file.name, list: [{ message: s.outlineImportFailed }] });
    } finally {
      if (id === request.current) setBusy(null);
    }
  };

  const save = (): void => {
    setSaveFailed(false);
    if (!choice.file) return;
    try {
      const name = outlineFileName(choice.template);
      downloadFile(`${JSON.stringify(choice.file, null, 2)}\n`, name, OUTLINE_MIME);
      setSaved(name);
      onAnnounce(s.outlineSaved(name));
    } catch {
      setSaveFailed(true);
    }
  };

  const options = loaded ? [...BUILT_IN_CHOICES, loaded] : BUILT_IN_CHOICES;
  const label = outlineLabel(choice, lang);

  return (
    <section aria-labelledby={headingId} className={shared.section} id="de-cuong" data-outline-picker="true" data-print="hide">
      <h2 id={headingId} className={shared.h2}>
        {s.outlineHeading}
      </h2>
      <p className={shared.text}>{s.outlineIntro}</p>
      <div className={styles.row}>
        <Field label={s.outlineSelectLabel} className={styles.field}>
          <Select
            className={styles.selectRoot}
            select={{ className: styles.selectInner }}
            value={choice.key}
            data-outline-select="true"
            onChange={(_, d) => {
              const next = options.find((o) => o.key === d.value);
              setSaved(null);
              if (next && next.key !== choice.key) onChoose(next);
            }}
          >
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.key === LOADED_KEY ? s.outlineLoadedOption(outlineLabel(o, lang)) : outlineLabel(o, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <span className={checker.fileInputWrap}>
          <input
            id={inputId}
            className={shared.visuallyHidden}
            type="file"
            accept=".json,.docx,.txt,.doc"
            aria-describedby={hintId}
            data-input="outline"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void load(file);
            }}
          />
          <label htmlFor={inputId} className={mergeClasses(checker.fileButton, styles.pick)}>
            {s.outlinePick}
          </label>
        </span>
      </div>
      <p id={hintId} className={shared.small}>
        {s.outlinePickHint}
      </p>
      <p className={checker.strongLine} data-outline-current="true" data-outline-id={choice.template.id} data-outline-key={choice.key}>
        {s.outlineCurrent(label)}
      </p>
      <div role="status" aria-live="polite">
        {busy ? <p className={shared.text}>{s.outlineLoading(busy)}</p> : null}
      </div>
      {problems ? (
        <MessageBar intent="error" layout="multiline" data-outline-error="true">
          <MessageBarBody>
            <MessageBarTitle>{s.outlineErrorTitle(problems.name)}</MessageBarTitle>
            <p className={shared.text}>{s.outlineErrorIntro}</p>
            <ul className={checker.list} data-outline-errors="true">
              {problems.list.map((p, i) => (
                <li key={i} data-path={p.path ?? ''}>
                  {p.path ? (
                    <>
                      <span className={styles.path}>{p.path === '(tệp)' ? s.outlineWholeFile : p.path}</span>
                      {`: ${p.message}`}
                    </>
                  ) : (
                    p.message
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {choice.review ? <OutlineReview review={choice.review} lang={lang} /> : null}
      {choice.file ? (
        <div className={shared.section}>
          <div className={shared.buttonRow}>
            <Button className={shared.wrapButton} aria-describedby={saveHintId} data-action="save-outline" onClick={save}>
              {s.saveOutline}
            </Button>
          </div>
          <p id={saveHintId} className={shared.small}>
            {s.saveOutlineHint}
          </p>
          {saved ? (
            <p className={styles.saved} data-outline-saved={saved}>
              {`✓ ${s.outlineSaved(saved)}`}
            </p>
          ) : null}
          {saveFailed ? <p role="alert" className={styles.saved}>{s.outlineSaveError}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
