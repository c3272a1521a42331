/**
 * A labelled input of a form that is not yet in the case: it holds a draft, and the form writes
 * on submit. (Fields bound to the case use TextField, which writes on blur.)
 */
import { useId } from 'react';

export interface DraftFieldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly type?: 'text' | 'date' | 'month' | 'number' | 'tel';
  readonly multiline?: boolean;
  readonly description?: string;
  /** A fixed id, when something else must point at the input. */
  readonly id?: string;
}

export function DraftField({ label, value, onChange, type = 'text', multiline = false, description, id: fixedId }: DraftFieldProps) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const describedBy = description === undefined ? undefined : `${id}-description`;
  return (
    <div className="utrecht-form-field utrecht-form-field--text tafel-field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description !== undefined && (
        <div className="utrecht-form-field__description" id={describedBy}>
          {description}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {multiline ? (
          <textarea
            id={id}
            className="utrecht-textarea tafel-field__textarea"
            rows={2}
            value={value}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input id={id} type={type} className="utrecht-textbox" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        )}
      </div>
    </div>
  );
}

/** A trimmed text, or undefined when empty (how optional text fields are cleared in the model). */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
