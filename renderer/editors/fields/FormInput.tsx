/** A labelled text box for a form that acts on submit (start screen, invite): controlled, no draft of its own. */
import { useId } from 'react';

export interface FormInputProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly description?: string;
  readonly invalid?: boolean;
  readonly required?: boolean;
  readonly type?: 'text' | 'password' | 'url';
  readonly readOnly?: boolean;
  readonly autoComplete?: string;
}

export function FormInput({
  label,
  value,
  onChange,
  description,
  invalid = false,
  required = false,
  type = 'text',
  readOnly = false,
  autoComplete = 'off',
}: FormInputProps) {
  const id = useId();
  const describedBy = description === undefined ? undefined : `${id}-description`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text tafel-field${invalid ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description !== undefined && (
        <div id={describedBy} className="utrecht-form-field-description">
          {description}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type={type}
          className={`utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}`}
          value={value}
          required={required}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          readOnly={readOnly}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}
