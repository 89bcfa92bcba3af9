// The outline to insert: a built-in one by name, or one the user loads ("Tải đề cương…"), with a
// short review of what was loaded or a clear error.
import * as React from 'react';
import { Button, Label, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportTemplate } from '../template/types';
import type { Strings, Lang } from './strings';
import { Notice } from './Notice';
import { useSharedStyles } from './styles';
import { outlineKey, type Outlines } from './useOutlines';

export function outlineName(t: ReportTemplate, s: Strings): string {
  return s.outlineName(t.year, t.id, t.version);
}

/** The bytes of a picked file (FileReader where Blob.arrayBuffer is missing, as in older webviews). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

// A native select (Fluent's Select would add to the pane's download for one control).
const useStyles = makeStyles({
  select: {
    width: '100%',
    minWidth: '0',
    minHeight: '32px',
    boxSizing: 'border-box',
    paddingInline: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    ':disabled': {
      color: tokens.colorNeutralForegroundDisabled,
      borderTopColor: tokens.colorNeutralStrokeDisabled,
      borderRightColor: tokens.colorNeutralStrokeDisabled,
      borderBottomColor: tokens.colorNeutralStrokeDisabled,
      borderLeftColor: tokens.colorNeutralStrokeDisabled,
    },
  },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '0' },
});

interface Message {
  intent: 'success' | 'error';
  title?: string;
  text: string;
}

export function OutlinePicker({ outlines, t, lang, disabled, onAnnounce }: { outlines: Outlines; t: Strings; lang: Lang; disabled: boolean; onAnnounce: (text: string) => void }): React.JSX.Element {
  const shared = useSharedStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [reading, setReading] = React.useState(false);
  const [message, setMessage] = React.useState<Message | null>(null);
  const hintId = React.useId();
  const selectId = React.useId();
  const selectHintId = React.useId();
  const styles = useStyles();

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setReading(true);
    setMessage(null);
    onAnnounce(t.outlineLoading);
    try {
      const data = await readBytes(file);
      const { loadOutline } = await import(/* webpackChunkName: "outline-load" */ './load-outline');
      const loaded = loadOutline(file.name, data, lang);
      outlines.add(loaded);
      const figures = loaded.template.sections.reduce((n, s) => n + s.figures.length, 0);
      const text = t.outlineLoaded(outlineName(loaded.template, t), loaded.template.sections.length, figures, loaded.notes);
      setMessage({ intent: 'success', text });
      onAnnounce(text);
    } catch (e) {
      const title = t.outlineLoadError(file.name);
      const text = e instanceof Error && e.message ? e.message : t.unknownError;
      setMessage({ intent: 'error', title, text });
      onAnnounce(`${title} ${text}`);
    } finally {
      setReading(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className={shared.section} data-outline-picker="">
      <div className={styles.field}>
        <Label htmlFor={selectId}>{t.outlineLabel}</Label>
        <select
          id={selectId}
          className={styles.select}
          aria-describedby={selectHintId}
          value={outlineKey(outlines.chosen)}
          disabled={disabled}
          onChange={(e) => {
            outlines.choose(e.target.value);
            setMessage(null);
          }}
        >
          {outlines.choices.map((o) => (
            <option key={outlineKey(o)} value={outlineKey(o)}>
              {outlineName(o, t)}
            </option>
          ))}
        </select>
        <p id={selectHintId} className={shared.small}>
          {t.outlineHint}
        </p>
      </div>
      <div className={shared.buttonRow}>
        <Button className={shared.wrapButton} disabled={disabled || reading} aria-describedby={hintId} onClick={() => input.current?.click()}>
          {t.outlineLoad}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,.docx,.txt,application/json,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className={shared.visuallyHidden}
          tabIndex={-1}
          aria-hidden="true"
          data-testid="outline-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <p id={hintId} className={shared.small}>
        {reading ? t.outlineLoading : t.outlineLoadHint}
      </p>
      {message ? (
        <Notice
          intent={message.intent}
          iconLabel={message.intent === 'error' ? t.errorTitle : t.noticeIcon.success}
          title={message.title}
          data={{ 'data-outline-message': message.intent }}
        >
          <span className={shared.text} style={{ whiteSpace: 'pre-line' }}>
            {message.text}
          </span>
        </Notice>
      ) : null}
    </div>
  );
}
