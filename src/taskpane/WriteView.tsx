// The "Soạn" view: pick the outline, insert it (unit and place), add the missing headings to a
// document that has text, the progress of the writing, and the guidance at hand.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import { CursorGuidanceSlot } from './CursorGuidanceSlot';
import { Progress, Unavailable } from './Feedback';
import { OutlineGuidance } from './Guidance';
import type { HostCapabilities } from './host';
import { Notice } from './Notice';
import { OutlinePicker } from './OutlinePicker';
import type { Lang, Strings } from './strings';
import { useSharedStyles } from './styles';
import { TextField } from './TextField';
import type { Outlines } from './useOutlines';
import type { InsertMode, PaneActions } from './usePaneActions';
import { WriteProgress } from './WriteProgress';

export interface WriteViewProps {
  t: Strings;
  lang: Lang;
  caps: HostCapabilities;
  outlines: Outlines;
  pane: PaneActions;
  report: Report | null;
  /** The outline of the results, for the progress. */
  shown: ReportTemplate;
  unit: string;
  place: string;
  setUnit(value: string): void;
  setPlace(value: string): void;
  insertReason?: string;
  repairReason?: string;
  /** The feedback of the insertion, shown under its buttons. */
  feedback: React.ReactNode;
  /** The guidance of the section under the cursor, when the surface knows it. */
  cursorGuidance?: React.ReactNode;
}

export function WriteView(props: WriteViewProps): React.JSX.Element {
  const { t, lang, caps, outlines, pane, report, shown, insertReason, repairReason } = props;
  const shared = useSharedStyles();
  const ids = { heading: React.useId(), insertReason: React.useId(), repairReason: React.useId(), offer: React.useId() };
  const busy = pane.action !== null;
  const run = (mode: InsertMode) => () => void pane.insert(mode);

  return (
    <div className={shared.section} data-view="write">
      <section aria-labelledby={ids.heading} className={shared.section}>
        <h2 id={ids.heading} className={shared.h2}>
          {t.insertHeading}
        </h2>
        {report ? <WriteProgress report={report} template={shown} t={t} /> : null}
        <OutlinePicker outlines={outlines} t={t} lang={lang} disabled={busy} onAnnounce={pane.announce} />
        <TextField label={t.unitLabel} hint={t.unitHint} value={props.unit} placeholder={t.unitPlaceholder} onChange={props.setUnit} />
        <TextField label={t.placeLabel} hint={t.placeHint} value={props.place} placeholder={t.placePlaceholder} onChange={props.setPlace} />
        <div className={shared.buttonRow}>
          {/* One primary button per view: the offer's first button takes the part while it is shown. */}
          <Button
            appearance={pane.offer ? 'secondary' : 'primary'}
            data-primary={pane.offer ? undefined : 'true'}
            className={shared.wrapButton}
            disabled={!caps.insert || busy}
            aria-describedby={insertReason ? ids.insertReason : undefined}
            onClick={run('auto')}
          >
            {t.insertButton}
          </Button>
          {pane.action === 'insert' ? <Progress label={t.inserting} /> : null}
        </div>
        <Unavailable id={ids.insertReason} reason={insertReason} t={t} />
        {pane.offer ? (
          <div className={shared.section} role="group" aria-labelledby={ids.offer} data-offer="not-empty">
            <Notice intent="info" iconLabel={t.noticeIcon.info} title={t.insertNotEmptyTitle} titleId={ids.offer}>
              <span className={shared.text}>{t.insertNotEmpty}</span>
            </Notice>
            <div className={shared.buttonRow}>
              <Button
                appearance="primary"
                data-primary="true"
                className={shared.wrapButton}
                disabled={busy || repairReason !== undefined}
                aria-describedby={repairReason ? ids.repairReason : undefined}
                onClick={run('missing')}
              >
                {t.insertMissingButton}
              </Button>
              <Unavailable id={ids.repairReason} reason={repairReason} t={t} />
              <Button className={shared.wrapButton} disabled={busy} onClick={run('cursor')}>
                {t.insertCursorButton}
              </Button>
              <Button appearance="subtle" disabled={busy} onClick={() => pane.setOffer(false)}>
                {t.insertCancel}
              </Button>
            </div>
          </div>
        ) : null}
        {props.feedback}
      </section>
      <CursorGuidanceSlot t={t}>{props.cursorGuidance}</CursorGuidanceSlot>
      <OutlineGuidance template={outlines.chosen} t={t} />
    </div>
  );
}
