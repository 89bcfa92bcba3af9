// What an action of the pane says back, shown next to the action: a message bar (its title apart
// from its text), and the small spinner while it runs.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Busy } from './Busy';
import type { HostCapabilities } from './host';
import { Notice } from './Notice';
import type { Strings } from './strings';
import { useSharedStyles } from './styles';

/** Where a message is shown: next to the action it answers. */
export type Area = 'insert' | 'check' | 'comments' | 'results';

export interface Feedback {
  area: Area;
  intent: 'error' | 'success' | 'info' | 'warning';
  text: string;
  detail?: string;
}

export function describeError(error: unknown, t: Strings): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) {
    return error.message;
  }
  return t.unknownError;
}

/** Why a feature is off (the host's reason, or a general one); undefined when it is on. */
export function reasonFor(capabilities: HostCapabilities, feature: keyof HostCapabilities['reasons'], t: Strings): string | undefined {
  if (capabilities[feature]) return undefined;
  return capabilities.reasons[feature] || t.notSupported;
}

export function FeedbackBar({ feedback, t, onDismiss }: { feedback: Feedback; t: Strings; onDismiss?: () => void }): React.JSX.Element {
  const shared = useSharedStyles();
  const error = feedback.intent === 'error';
  return (
    <Notice
      intent={feedback.intent}
      iconLabel={error ? t.errorTitle : t.noticeIcon[feedback.intent]}
      title={error ? t.errorTitle : undefined}
      data={{ 'data-feedback': feedback.intent }}
      action={
        error && onDismiss ? (
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t.dismiss}
          </Button>
        ) : undefined
      }
    >
      <span className={shared.text}>{feedback.text}</span>
      {feedback.detail ? <span className={shared.small}>{` ${t.errorDetail(feedback.detail)}`}</span> : null}
    </Notice>
  );
}

export function Progress({ label }: { label: string }): React.JSX.Element {
  // The live region announces progress; the spinner is the visible sign.
  return <Busy label={label} hidden />;
}

/** "Chưa dùng được: <reason>" under a disabled button, which it describes. */
export function Unavailable({ id, reason, t }: { id: string; reason: string | undefined; t: Strings }): React.JSX.Element | null {
  const shared = useSharedStyles();
  if (!reason) return null;
  return <p id={id} className={shared.reason}>{`${t.unavailable} ${reason}`}</p>;
}
