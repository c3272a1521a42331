/**
 * A small form for a new item whose required fields must be filled before it is stored (the model
 * refuses a gezinslid without roepnaam or a gebeurtenis without datum). It says in words what is
 * missing. Used by the overzicht, gezin and tijdlijn parts.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import '../../styles/parts/gezin.css';

export interface NieuwFormulierProps {
  readonly heading: string;
  readonly submitLabel: string;
  /** Stores the item; returns a hint when something is missing, or null when it was added. */
  onSubmit(): string | null;
  readonly children: ReactNode;
}

export function NieuwFormulier({ heading, submitLabel, onSubmit, children }: NieuwFormulierProps) {
  const headingId = useId();
  const [hint, setHint] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setHint(onSubmit());
  };
  return (
    <form className="tafel-nieuw" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {heading}
      </h4>
      <div className="tafel-velden">{children}</div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {submitLabel}
      </button>
      {hint !== null && (
        <p className="utrecht-paragraph tafel-nieuw__hint" role="alert">
          {hint}
        </p>
      )}
    </form>
  );
}

export interface LosVeldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly type?: 'text' | 'date' | 'month' | 'number';
  readonly multiline?: boolean;
  readonly description?: string;
}

/** A labelled input of a form that is not yet in the case (writes happen on submit). */
export function LosVeld({ label, value, onChange, type = 'text', multiline = false, description }: LosVeldProps) {
  const id = useId();
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
          <textarea id={id} className="utrecht-textarea tafel-field__textarea" rows={2} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type={type} className="utrecht-textbox" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        )}
      </div>
    </div>
  );
}

/** A trimmed text, or undefined when empty (how optional text fields are cleared in the model). */
export const optioneel = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
