// Styles the checker page's parts share (the page, the drop zone, the outline picker). Kept out of
// the task pane's shared styles: the pane never shows these and its first load stays as it is.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckerStyles = makeStyles({
  /** The layout of a file button drawn on the label of a hidden file input; colours are the caller's. */
  fileButton: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    maxWidth: '100%',
    minHeight: '32px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
  },
  /** Around a hidden file input and its label: keyboard focus on the input shows on the label. */
  fileInputWrap: {
    display: 'contents',
    '& input:focus-visible + label': {
      outlineWidth: '3px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
  /** A status line in bold at heading size that wraps anywhere. */
  strongLine: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  /** A bulleted or numbered list, tight, that wraps anywhere. */
  list: {
    margin: '0',
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
});
