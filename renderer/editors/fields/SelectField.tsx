/** A labelled choice from a fixed list, bound to one field of the case (writes on change). */
import { useId } from 'react';
import { FieldFrame } from './FieldFrame.js';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V | '';
  readonly options: readonly SelectOption<V>[];
  onChange(value: V | ''): void;
  readonly readOnly?: boolean;
  /** Label of an empty choice; without it the field always has a value. */
  readonly emptyLabel?: string;
  readonly className?: string;
}

export function SelectField<V extends string>({ label, value, options, onChange, readOnly = false, emptyLabel, className }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} kind="select" className={className}>
      <select
        id={id}
        className="utrecht-select"
        value={value}
        disabled={readOnly}
        onChange={(e) => {
          const next = e.target.value;
          onChange(next === '' ? '' : (options.find((o) => o.value === next)?.value ?? ''));
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
