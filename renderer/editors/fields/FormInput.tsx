/**
 * A DraftField for names, addresses and keys (the start screen's forms, the invite form): no
 * spell checking and no autofill, since these are identifiers rather than prose.
 */
import { DraftField, type DraftFieldProps } from './DraftField.js';

export type FormInputProps = Omit<DraftFieldProps, 'multiline' | 'rows' | 'spellCheck'>;

export function FormInput({ autoComplete = 'off', ...props }: FormInputProps) {
  return <DraftField {...props} autoComplete={autoComplete} spellCheck={false} />;
}
