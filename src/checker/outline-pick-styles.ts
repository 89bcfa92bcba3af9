// Styles of the outline picker and its review (the file button's layout, the wrap around the
// input and the lists are the checker's shared styles, src/checker/checker-styles.ts).
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
  // The colours of the file button (its layout is the checker's fileButton): a neutral one.
  pick: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
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
