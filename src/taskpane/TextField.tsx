// A labelled text input with its hint: what Fluent's Field gives, without its validation parts
// (the pane's form never validates), so that the first load stays small.
import * as React from 'react';
import { Input, Label, makeStyles, tokens } from '@fluentui/react-components';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  field: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '0',
  },
});

export interface TextFieldProps {
  label: string;
  hint: string;
  value: string;
  placeholder?: string;
  onChange(value: string): void;
}

export function TextField({ label, hint, value, placeholder, onChange }: TextFieldProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const inputId = React.useId();
  const hintId = React.useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={inputId}>{label}</Label>
      <Input id={inputId} value={value} placeholder={placeholder} aria-describedby={hintId} onChange={(_, d) => onChange(d.value)} />
      <p id={hintId} className={shared.small}>
        {hint}
      </p>
    </div>
  );
}
