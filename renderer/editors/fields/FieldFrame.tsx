/**
 * The frame every labelled field shares (an NL Design System form field): the label, an optional
 * description under it (the control points at it with `aria-describedby`), then the control.
 * TextField, DraftField, FormInput and SelectField put their control in it; write a new kind of
 * field the same way rather than spelling the frame out again.
 */
import type { ReactNode } from 'react';

export interface FieldFrameProps {
  /** The control's id: the label points at it, the description's id derives from it. */
  readonly id: string;
  readonly label: string;
  readonly description?: string | undefined;
  readonly kind?: 'text' | 'select';
  readonly invalid?: boolean | undefined;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}

/** The id of a field's description, for the control's `aria-describedby`. */
export const descriptionIdOf = (id: string): string => `${id}-description`;

export function FieldFrame({ id, label, description, kind = 'text', invalid = false, className, children }: FieldFrameProps) {
  const classes = ['utrecht-form-field', `utrecht-form-field--${kind}`, 'tafel-field', invalid ? 'utrecht-form-field--invalid' : '', className ?? ''];
  return (
    <div className={classes.filter((c) => c !== '').join(' ')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description !== undefined && (
        <div className="utrecht-form-field__description" id={descriptionIdOf(id)}>
          {description}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}
