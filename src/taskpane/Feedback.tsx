// What an action of the pane says back, shown next to the action: a message bar (its title apart
// from its text), and the small spinner while it runs.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { HostCapabilities } from './host';
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
  return (
    <MessageBar intent={feedback.intent} layout="multiline" data-feedback={feedback.intent}>
      <MessageBarBody>
        {/* The space keeps the title and the text apart for screen readers and copy. */}
        {feedback.intent === 'error' ? <MessageBarTitle>{t.errorTitle}</MessageBarTitle> : null}
        {feedback.intent === 'error' ? ' ' : null}
        <span className={shared.text}>{feedback.text}</span>
        {feedback.detail ? <span className={shared.small}>{` ${t.errorDetail(feedback.detail)}`}</span> : null}
      </MessageBarBody>
      {feedback.intent === 'error' && onDismiss ? (
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      ) : null}
    </MessageBar>
  );
}

export function Progress({ label }: { label: string }): React.JSX.Element {
  // The live region announces progress; the spinner is the visible sign.
  return <Spinner size="tiny" labelPosition="after" label={label} aria-hidden="true" />;
}

/** "Chưa dùng được: <reason>" under a disabled button, which it describes. */
export function Unavailable({ id, reason, t }: { id: string; reason: string | undefined; t: Strings }): React.JSX.Element | null {
  const shared = useSharedStyles();
  if (!reason) return null;
  return <p id={id} className={shared.reason}>{`${t.unavailable} ${reason}`}</p>;
}
