/**
 * A small form for a new item whose required fields must be filled before it is stored (the model
 * refuses, say, a gezinslid without roepnaam or a zorg without text). It says in words what is
 * missing instead of storing half an item.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';

export interface AddFormProps {
  readonly heading: string;
  readonly submitLabel: string;
  /**
   * Stores the item; returns a hint when something is missing, or null when it was added (or when
   * the model refused it and `error` says why).
   */
  onSubmit(): string | null;
  readonly children: ReactNode;
  readonly headingLevel?: 4 | 5 | 6;
  /** The model's refusal of the last write (useWrite's error), said where the hint goes when there is no hint. */
  readonly error?: string | null;
}

export function AddForm({ heading, submitLabel, onSubmit, children, headingLevel = 4, error = null }: AddFormProps) {
  const headingId = useId();
  const [hint, setHint] = useState<string | null>(null);
  const Heading = `h${headingLevel}` as const;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setHint(onSubmit());
  };
  const message = hint ?? error;
  return (
    <form className="tafel-add-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading id={headingId} className={`utrecht-heading-${headingLevel}`}>
        {heading}
      </Heading>
      <div className="tafel-add-form__fields">{children}</div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {submitLabel}
      </button>
      {message !== null && (
        <p className="utrecht-paragraph tafel-add-form__hint" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
