/**
 * A labelled set of checkboxes for a list of references (e.g. the tijdlijn events behind a
 * factor). Writes the whole new list on each change; the model diffs it, so a peer's concurrent
 * addition to the same list survives.
 */
import { useId } from 'react';
import type { SelectOption } from './SelectField.js';

export interface CheckboxGroupProps<V extends string> {
  readonly legend: string;
  readonly options: readonly SelectOption<V>[];
  readonly selected: readonly V[];
  onChange(selected: V[]): void;
  readonly readOnly?: boolean;
  /** Shown instead of the boxes when there is nothing to choose from. */
  readonly emptyText: string;
}

export function CheckboxGroup<V extends string>({ legend, options, selected, onChange, readOnly = false, emptyText }: CheckboxGroupProps<V>) {
  const id = useId();
  const chosen = new Set<string>(selected);
  return (
    <fieldset className="utrecht-form-fieldset tafel-field tafel-checkbox-group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
      {options.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{emptyText}</p>
      ) : (
        options.map((option) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
            <div className="utrecht-form-field__input">
              <input
                id={`${id}-${option.value}`}
                type="checkbox"
                className="utrecht-checkbox"
                checked={chosen.has(option.value)}
                disabled={readOnly}
                onChange={(e) => onChange(e.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-${option.value}`}>
                {option.label}
              </label>
            </div>
          </div>
        ))
      )}
    </fieldset>
  );
}
