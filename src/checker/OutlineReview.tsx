// What importing an outline document found: headings, required figures, and the lines it could
// not place, for the user to review before using and sharing the outline.
import * as React from 'react';
import type { Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import type { ImportReview } from './outline-choice';
import { useCheckerStyles } from './checker-styles';
import { usePickerStyles } from './outline-pick-styles';
import { getCheckerStrings } from './strings';

/** Notes listed in full up to this many; the rest are counted. */
const MAX_NOTES = 20;

function short(text: string, n = 90): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

export function OutlineReview({ review, lang }: { review: ImportReview; lang: Lang }): React.JSX.Element {
  const s = getCheckerStrings(lang);
  const styles = usePickerStyles();
  const shared = useSharedStyles();
  const checker = useCheckerStyles();
  const headingId = React.useId();
  const shown = review.notes.slice(0, MAX_NOTES);
  const more = review.notes.length - shown.length;
  return (
    <section
      className={styles.review}
      aria-labelledby={headingId}
      data-outline-review="true"
      data-headings={review.headings}
      data-figures={review.figures}
      data-notes={review.notes.length}
    >
      <h3 id={headingId} className={styles.reviewTitle}>
        {s.reviewTitle}
      </h3>
      <ul className={checker.list}>
        <li>{s.reviewHeadings(review.headings)}</li>
        <li>{s.reviewFigures(review.figures)}</li>
      </ul>
      {review.notes.length === 0 ? (
        <p className={shared.text}>{s.reviewNotesNone}</p>
      ) : (
        <>
          <p className={shared.text}>{s.reviewNotes(review.notes.length)}</p>
          <ul className={checker.list} data-outline-notes="true">
            {shown.map((n, i) => (
              <li key={i}>{s.reviewNoteLine(n.paragraph, short(n.text, 70), lang === 'en' ? n.messageEn : n.message)}</li>
            ))}
            {more > 0 ? <li>…</li> : null}
          </ul>
        </>
      )}
      <p className={shared.small}>{s.reviewAdvice}</p>
    </section>
  );
}
