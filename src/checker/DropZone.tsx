// Where files come in: a drop zone around a labelled, keyboard-reachable file picker.
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import { useCheckerStyles } from './checker-styles';
import { getCheckerStrings } from './strings';

const useStyles = makeStyles({
  zone: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: '0',
  },
  active: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // The colours of the file button (its layout is the checker's fileButton): the brand's.
  pick: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':active': { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
});

export function DropZone({
  lang,
  headingId,
  onFiles,
}: {
  lang: Lang;
  headingId: string;
  onFiles: (files: File[]) => void;
}): React.JSX.Element {
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const checker = useCheckerStyles();
  const inputId = React.useId();
  const hintId = React.useId();
  const depth = React.useRef(0);
  const [active, setActive] = React.useState(false);

  const hasFiles = (e: React.DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

  return (
    <section aria-labelledby={headingId} className={shared.section} data-print="hide" id="kiem-tra">
      <h2 id={headingId} className={shared.h2}>
        {s.filesHeading}
      </h2>
      <div
        className={`${styles.zone} ${active ? styles.active : ''}`}
        data-dropzone="true"
        data-drag-active={active ? 'true' : 'false'}
        onDragEnter={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          depth.current++;
          setActive(true);
        }}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => {
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setActive(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          depth.current = 0;
          setActive(false);
          const files = Array.from(e.dataTransfer?.files ?? []);
          if (files.length > 0) onFiles(files);
        }}
      >
        <p className={shared.text}>{active ? s.dropActive : s.dropHint}</p>
        <span className={checker.fileInputWrap}>
          <input
            id={inputId}
            // Visually hidden, still in the tab order and the accessibility tree; its label is the visible button.
            className={shared.visuallyHidden}
            type="file"
            multiple
            // .doc too: a .docx saved under a .doc name is read; a real .doc gets how to convert it.
            accept=".docx,.doc"
            data-input="reports"
            aria-describedby={hintId}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = Array.from(input.files ?? []);
              // Picking the same file again must fire a new change.
              input.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
          <label htmlFor={inputId} className={mergeClasses(checker.fileButton, styles.pick)}>
            {s.pickButton}
          </label>
        </span>
        <p id={hintId} className={shared.small}>
          {s.pickHint}
        </p>
      </div>
    </section>
  );
}
