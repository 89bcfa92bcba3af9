// The figures a section's outline asks for: each found (with its sentence) or "chưa có", and the
// count found/required ("2/3"), the optional ones counted apart.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistResult, SectionResult } from '../analysis/types';
import { Evidence } from './Evidence';
import { DashIcon, OkIcon } from './icons';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';
import { hasOptionalMark } from '../analysis/quote';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    minWidth: '0',
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  caption: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** The item's label, with "(không bắt buộc)" only when the label does not say "nếu có" already. */
function itemLabel(item: ChecklistResult, optional: string): string {
  return item.optional && !hasOptionalMark(item.label) ? `${item.label} (${optional})` : item.label;
}

function Item({ item, ignoredReason }: { item: ChecklistResult; ignoredReason?: string }): React.JSX.Element {
  const { t } = useReportViewContext();
  const styles = useStyles();
  return (
    <li className={styles.item} data-item-id={item.id} data-found={item.found ? 'true' : 'false'}>
      {item.found ? <OkIcon size={12} /> : <DashIcon size={12} />}
      <div className={styles.text}>
        <span>
          {`${itemLabel(item, t.optional)}: `}
          <strong>{item.found ? (item.figure ?? '') : t.notFound}</strong>
        </span>
        {item.found && item.evidence ? <Evidence text={item.evidence} /> : null}
        {ignoredReason !== undefined ? <span>{`${t.ignoredHeading}: ${ignoredReason}`}</span> : null}
      </div>
    </li>
  );
}

/** "2/3" of the required figures, and the optional ones apart; absent parts are not said. */
export function ChecklistCount({ checklist }: { checklist: ChecklistResult[] }): React.JSX.Element | null {
  const { t } = useReportViewContext();
  const shared = useSharedStyles();
  const required = checklist.filter((c) => !c.optional);
  const optional = checklist.filter((c) => c.optional);
  const found = required.filter((c) => c.found).length;
  const parts: React.ReactNode[] = [];
  if (required.length > 0) {
    parts.push(
      <React.Fragment key="r">
        <span aria-hidden="true">{t.checklistCount(found, required.length)}</span>
        <span className={shared.visuallyHidden}>{t.checklistCountName(found, required.length)}</span>
      </React.Fragment>,
    );
  }
  if (optional.length > 0) {
    if (parts.length > 0) parts.push(' · ');
    parts.push(t.checklistOptionalCount(optional.filter((c) => c.found).length, optional.length));
  }
  return parts.length > 0 ? <span data-checklist-count="">{parts}</span> : null;
}

export function Checklist({
  section,
  ignored,
}: {
  section: SectionResult;
  /** Ignored figure-missing findings of this section: checklist item id -> reason. */
  ignored?: Map<string, string>;
}): React.JSX.Element | null {
  const { t } = useReportViewContext();
  const styles = useStyles();
  const captionId = React.useId();
  if (section.checklist.length === 0) return null;
  return (
    <>
      <p className={styles.caption} id={captionId}>
        {`${t.checklistLabel}: `}
        <ChecklistCount checklist={section.checklist} />
      </p>
      <ul className={styles.list} aria-labelledby={captionId}>
        {section.checklist.map((c) => (
          <Item key={c.id} item={c} ignoredReason={ignored?.get(c.id)} />
        ))}
      </ul>
    </>
  );
}
