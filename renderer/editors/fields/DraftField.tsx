/**
 * A labelled input of a form that is not yet in the case: it holds a draft, and the form writes
 * on submit. (Fields bound to the case use TextField, which writes on blur.)
 */
import { useId } from 'react';
import { FieldFrame, descriptionIdOf } from './FieldFrame.js';

export interface DraftFieldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly type?: 'text' | 'date' | 'month' | 'number' | 'tel' | 'password' | 'url';
  readonly multiline?: boolean;
  /** Lines of a multiline field. */
  readonly rows?: number;
  readonly description?: string;
  /** A fixed id, when something else must point at the input. */
  readonly id?: string;
  /** Ids of other elements that describe the input (besides `description`), e.g. the heading it answers. */
  readonly describedBy?: string;
  readonly invalid?: boolean;
  readonly required?: boolean;
  readonly readOnly?: boolean;
  readonly autoComplete?: string;
  readonly spellCheck?: boolean;
  readonly className?: string;
}

export function DraftField({
  label,
  value,
  onChange,
  type = 'text',
  multiline = false,
  rows = 2,
  description,
  id: fixedId,
  describedBy: otherDescriptions,
  invalid = false,
  required = false,
  readOnly,
  autoComplete,
  spellCheck,
  className,
}: DraftFieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const describedBy = [description === undefined ? undefined : descriptionIdOf(id), otherDescriptions].filter((d) => d !== undefined).join(' ') || undefined;
  const common = {
    id,
    value,
    readOnly,
    required: required || undefined,
    'aria-required': required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    autoComplete,
    spellCheck,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <FieldFrame id={id} label={label} description={description} invalid={invalid} className={className}>
      {multiline ? (
        <textarea {...common} className="utrecht-textarea tafel-field__textarea" rows={rows} />
      ) : (
        <input {...common} type={type} className={`utrecht-textbox${invalid ? ' utrecht-textbox--invalid' : ''}`} />
      )}
    </FieldFrame>
  );
}

/** A trimmed text, or undefined when empty (how optional text fields are cleared in the model). */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
