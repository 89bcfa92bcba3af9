// Styles of the outline picker: the file button drawn on its label (as the drop zone's), the
// review and error lists.
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePickerStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    minWidth: '0',
  },
  // A long outline name must not widen the page: the list takes the row's width, never more.
  field: {
    minWidth: '0',
    maxWidth: '100%',
    flexGrow: 1,
    flexBasis: '16rem',
  },
  selectRoot: {
    width: '100%',
    maxWidth: '100%',
    minWidth: '0',
  },
  selectInner: {
    width: '100%',
    minWidth: '0',
    textOverflow: 'ellipsis',
  },
  current: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  pick: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    maxWidth: '100%',
    minHeight: '32px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  // Keyboard focus on the hidden input shows on its label.
  wrap: {
    display: 'contents',
    '& input:focus-visible + label': {
      outlineWidth: '3px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
  list: {
    margin: '0',
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  path: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  review: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '0',
    padding: tokens.spacingVerticalM,
    borderInlineStartWidth: '4px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  reviewTitle: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  saved: {
    margin: '0',
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
});
