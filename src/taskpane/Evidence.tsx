// The sentence a figure was found in. A long one is cut at a word with a "Xem cả câu" toggle:
// readable in full by keyboard and touch (no hover-only tooltip, no clamp that hides text).
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { quoted } from './problem-fix';
import { useReportViewContext } from './ReportContext';

/** Sentences longer than this are shortened until opened. */
const LIMIT = 120;

const useStyles = makeStyles({
  evidence: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
  },
  toggle: {
    minWidth: '0',
    height: 'auto',
    paddingBlock: '0',
    paddingInline: tokens.spacingHorizontalXS,
    fontStyle: 'normal',
    verticalAlign: 'baseline',
  },
});

/** The text cut before LIMIT at a space, with an ellipsis. */
export function shorten(text: string, limit = LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > limit / 2 ? cut : limit).trimEnd()}…`;
}

export function Evidence({ text }: { text: string }): React.JSX.Element {
  const { t } = useReportViewContext();
  const styles = useStyles();
  const id = React.useId();
  const [open, setOpen] = React.useState(false);
  const long = text.length > LIMIT;
  const shown = long && !open ? shorten(text) : text;
  // Quoted or not is decided on the whole sentence, so the two views agree.
  const wrap = quoted(text) !== text.trim();
  return (
    <span className={styles.evidence}>
      <span id={id}>{`${t.foundIn} ${wrap ? `“${shown.trim()}”` : shown}`}</span>
      {long ? (
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.evidenceLess : t.evidenceMore}
        </Button>
      ) : null}
    </span>
  );
}
