// Where the "Soạn" view shows the guidance of the section under the cursor: what the surface
// passes in, or a short line saying how to get it.
import * as React from 'react';
import type { Strings } from './strings';
import { useSharedStyles } from './styles';

export function CursorGuidanceSlot({ t, children }: { t: Strings; children?: React.ReactNode }): React.JSX.Element {
  const shared = useSharedStyles();
  const id = React.useId();
  return (
    <section aria-labelledby={id} className={shared.section} data-cursor-guidance={children ? 'shown' : 'empty'}>
      <h3 id={id} className={shared.h3}>
        {t.cursorGuidanceHeading}
      </h3>
      {children ?? <p className={shared.small}>{t.cursorGuidanceNone}</p>}
    </section>
  );
}
