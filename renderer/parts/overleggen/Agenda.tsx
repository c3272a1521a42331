/** The agenda of an overleg: short points in order, added and removed during the meeting. */
import { useId, useState, type FormEvent } from 'react';
import { DraftField, RemoveButton, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

/** `alleenToevoegen`: only the form (vergadermodus shows the agenda itself as its steps). */
export function Agenda({
  overlegId,
  agenda,
  alleenToevoegen = false,
}: {
  readonly overlegId: string;
  readonly agenda: readonly string[];
  readonly alleenToevoegen?: boolean;
}) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const { write, error } = useWrite();
  const headingId = useId();
  const [punt, setPunt] = useState('');
  const voegToe = (event: FormEvent): void => {
    event.preventDefault();
    if (punt.trim() === '') return;
    if (write(() => model.overleggen.update(overlegId, { agenda: [...agenda, punt.trim()] }))) setPunt('');
  };
  const formulier = canEdit && (
    <form className="tafel-overleg__toevoegen" onSubmit={voegToe} noValidate>
      <DraftField label={t('overleggen.agenda.nieuw')} value={punt} onChange={setPunt} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t('overleggen.agenda.voegToe')}
      </button>
    </form>
  );
  if (alleenToevoegen)
    return (
      <>
        {formulier}
        <WriteError error={error} />
      </>
    );
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.agenda.heading')}
      </h4>
      {agenda.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.agenda.empty')}</p>
      ) : (
        <ol className="tafel-overleg__agenda">
          {agenda.map((p, i) => (
            <li key={`${i}-${p}`}>
              {p}{' '}
              <RemoveButton
                hidden={!canEdit}
                label={t('overleggen.agenda.remove', { punt: p })}
                onRemove={() => write(() => model.overleggen.update(overlegId, { agenda: agenda.filter((_, j) => j !== i) }))}
              />
            </li>
          ))}
        </ol>
      )}
      <WriteError error={error} />
      {formulier}
    </section>
  );
}
