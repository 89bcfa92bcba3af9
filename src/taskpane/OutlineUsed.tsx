// Which outline the check uses, and how it was chosen (kept in the document, or recognised).
import * as React from 'react';
import { outlineName } from './OutlinePicker';
import type { Strings } from './strings';
import { useSharedStyles } from './styles';
import type { Outlines } from './useOutlines';

export function OutlineUsed({ outlines, t }: { outlines: Outlines; t: Strings }): React.JSX.Element | null {
  const shared = useSharedStyles();
  const used = outlines.used;
  if (!used) return null;
  const name = outlineName(used.template, t);
  const missing = outlines.mark && 'missing' in outlines.mark ? outlines.mark.missing : null;
  return (
    <>
      <p className={shared.text} data-outline-used={used.auto ? 'auto' : 'document'} data-outline-id={used.template.id}>
        {used.auto ? t.outlineUsedAuto(name) : t.outlineUsed(name)}
      </p>
      {missing ? <p className={shared.reason}>{t.outlineMarkMissing(missing)}</p> : null}
    </>
  );
}
