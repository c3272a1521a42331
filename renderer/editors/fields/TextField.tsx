/**
 * A labelled text input bound to one field of the case. It keeps a local draft while the user
 * types and writes on blur or Enter: a structured field is one value (last writer wins), so
 * writing per keystroke would make two people typing in it overwrite each other letter by letter.
 * A change from a peer shows at once unless the user is editing the field.
 */
import { useId, useState } from 'react';
import { FieldFrame, descriptionIdOf } from './FieldFrame.js';
import { KopieWaarschuwingVoor } from './KopieWaarschuwing.js';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Called with the new text when the user finishes editing and it changed. */
  onCommit(value: string): void;
  readonly readOnly?: boolean;
  readonly multiline?: boolean;
  readonly description?: string;
  readonly required?: boolean;
  readonly type?: 'text' | 'date' | 'month' | 'tel' | 'number';
  readonly className?: string;
  /** Open text everyone in the case reads: warn while typing when it looks like a restricted value (docs/afscherming.md). */
  readonly waarschuwKopie?: boolean;
}

export function TextField({
  label,
  value,
  onCommit,
  readOnly = false,
  multiline = false,
  description,
  required = false,
  type = 'text',
  className,
  waarschuwKopie = false,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const commit = (): void => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const common = {
    id,
    value: shown,
    readOnly,
    required,
    'aria-describedby': description === undefined ? undefined : descriptionIdOf(id),
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <FieldFrame id={id} label={label} description={description} className={className}>
      {multiline ? (
        <textarea {...common} className="utrecht-textarea tafel-field__textarea" rows={3} />
      ) : (
        <input
          {...common}
          type={type}
          className="utrecht-textbox"
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
      {waarschuwKopie && !readOnly && <KopieWaarschuwingVoor tekst={shown} />}
    </FieldFrame>
  );
}
