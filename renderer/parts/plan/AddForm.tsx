/**
 * A small form for a new plan item whose required fields must be filled before it is stored
 * (the model refuses an empty zorg or signaal). It says in words what is missing.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';

export interface AddFormProps {
  readonly heading: string;
  readonly submitLabel: string;
  /** Stores the item; returns a hint when something is missing, or null when it was added. */
  onSubmit(): string | null;
  readonly children: ReactNode;
  readonly headingLevel?: 4 | 5 | 6;
}

export function AddForm({ heading, submitLabel, onSubmit, children, headingLevel = 4 }: AddFormProps) {
  const headingId = useId();
  const [hint, setHint] = useState<string | null>(null);
  const Heading = `h${headingLevel}` as const;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setHint(onSubmit());
  };
  return (
    <form className="tafel-plan__nieuw" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading id={headingId} className={`utrecht-heading-${headingLevel}`}>
        {heading}
      </Heading>
      <div className="tafel-plan__velden">{children}</div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {submitLabel}
      </button>
      {hint !== null && (
        <p className="utrecht-paragraph tafel-plan__hint" role="alert">
          {hint}
        </p>
      )}
    </form>
  );
}

/** A labelled input of a form that is not yet in the case (writes happen on submit). */
export function LocalField({ label, value, onChange, type = 'text', multiline = false }: { readonly label: string; readonly value: string; onChange(value: string): void; readonly type?: 'text' | 'date' | 'tel'; readonly multiline?: boolean }) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--text tafel-field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        {multiline ? (
          <textarea id={id} className="utrecht-textarea tafel-field__textarea" rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} type={type} className="utrecht-textbox" value={value} onChange={(e) => onChange(e.target.value)} />
        )}
      </div>
    </div>
  );
}
