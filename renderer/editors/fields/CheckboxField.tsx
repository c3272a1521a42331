/** A labelled yes/no bound to one field of the case (writes on change). */
import { useId } from 'react';

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  onChange(checked: boolean): void;
  readonly readOnly?: boolean;
}

export function CheckboxField({ label, checked, onChange, readOnly = false }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox tafel-field">
      <div className="utrecht-form-field__input">
        <input id={id} type="checkbox" className="utrecht-checkbox" checked={checked} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
