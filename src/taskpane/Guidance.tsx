// The outline's own guidance, at hand in the pane: under each section, and as a whole outline.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { Strings } from './strings';
import { useSharedStyles } from './styles';
import { hasOptionalMark } from '../analysis/quote';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderInlineStartWidth: '2px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    marginInlineStart: tokens.spacingHorizontalXS,
  },
  para: {
    margin: '0',
    overflowWrap: 'anywhere',
  },
  figureList: {
    margin: '0',
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  outlineItem: {
    overflowWrap: 'anywhere',
  },
  outlineTitle: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** "I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI"; for parts "Phần thứ nhất: KẾT QUẢ ...". */
export function sectionHeading(section: Pick<TemplateSection, 'level' | 'numbering' | 'title'>): string {
  return section.level === 1 ? `${section.numbering}: ${section.title}` : `${section.numbering} ${section.title}`;
}

/** The guidance paragraphs of one section (heading guidance first), trimmed, empty ones dropped. */
export function guidanceParagraphs(section: TemplateSection): string[] {
  const head = (section.headingGuidance ?? '').replace(/^[\s:]+/, '').trim();
  return [head, ...section.guidance.map((g) => g.trim())].filter((g) => g.length > 0);
}

/** A <details> whose content is rendered only once opened (keeps the first render small). */
function LazyDetails({
  summary,
  className,
  guidanceFor,
  render,
}: {
  summary: string;
  className: string;
  guidanceFor?: string;
  render: () => React.ReactNode;
}): React.JSX.Element {
  const [opened, setOpened] = React.useState(false);
  return (
    <details
      className={className}
      data-guidance-for={guidanceFor}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened ? render() : null}
    </details>
  );
}

/** A section's guidance paragraphs and the figures it asks for (also shown for the section under the cursor). */
/** "Số liệu cần có:" and the section's required figures, each optional one marked once. */
export function FiguresAsked({ section, t }: { section: TemplateSection; t: Strings }): React.JSX.Element | null {
  const styles = useStyles();
  if (section.figures.length === 0) return null;
  return (
    <>
      <p className={styles.para}>{t.figuresAsked}</p>
      <ul className={styles.figureList}>
        {section.figures.map((f) => (
          <li key={f.id}>
            {f.label}
            {f.optional && !hasOptionalMark(f.label) ? ` ${t.optionalMark}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

export function GuidanceBody({ section, t }: { section: TemplateSection; t: Strings }): React.JSX.Element {
  const styles = useStyles();
  const paragraphs = guidanceParagraphs(section);
  return (
    <div className={styles.body}>
      {paragraphs.length === 0 ? <p className={styles.para}>{t.guidanceNone}</p> : null}
      {paragraphs.map((p, i) => (
        <p key={i} className={styles.para}>
          {p}
        </p>
      ))}
      <FiguresAsked section={section} t={t} />
    </div>
  );
}

/** An expandable block with the guidance of one section and the figures it asks for. */
export function GuidanceDetails({ section, t }: { section: TemplateSection; t: Strings }): React.JSX.Element {
  const shared = useSharedStyles();
  return (
    <LazyDetails
      className={shared.details}
      guidanceFor={section.id}
      summary={t.guidanceToggle}
      render={() => <GuidanceBody section={section} t={t} />}
    />
  );
}

/** The whole outline with each section's guidance, collapsed by default. */
export const OutlineGuidance = React.memo(function OutlineGuidance({
  template,
  t,
}: {
  template: ReportTemplate;
  t: Strings;
}): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <LazyDetails
      className={shared.details}
      summary={t.guidanceHeading}
      render={() => (
        <>
          <p className={shared.small}>{t.guidanceIntro}</p>
          <ul className={shared.plainList}>
            {template.sections.map((s) => (
              <li key={s.id} className={styles.outlineItem} style={{ paddingInlineStart: `${(s.level - 1) * 10}px` }}>
                <p className={styles.outlineTitle}>{sectionHeading(s)}</p>
                <GuidanceDetails section={s} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
    />
  );
});
