/** Who holds which view in one meningsverschil; a small form adds a view (both who and what are needed). */
import { useState, type FormEvent } from 'react';
import type { Meningsverschil } from '../../../shared/model/index.js';
import { DraftField, RemoveButton, SelectField, TextField, type SelectOption, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

interface StandpuntenProps {
  readonly meningsverschil: Meningsverschil;
  readonly wie: readonly SelectOption<string>[];
}

export function Standpunten({ meningsverschil, wie }: StandpuntenProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const standpunten = useCollection('standpunten').filter((s) => s.meningsverschilId === meningsverschil.id);
  const { write, error } = useWrite();
  const naamVan = (id: string): string => wie.find((o) => o.value === id)?.label ?? t('analyse.onbekend');
  return (
    <section className="tafel-analyse__standpunten" aria-label={`${t('analyse.standpunten.heading')}: ${meningsverschil.onderwerp}`}>
      <h5 className="utrecht-heading-5">{t('analyse.standpunten.heading')}</h5>
      {standpunten.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('analyse.standpunten.empty')}</p>
      ) : (
        <ul className="tafel-analyse__standpunt-lijst">
          {standpunten.map((s) => (
            <li key={s.id} className="tafel-analyse__standpunt">
              <SelectField
                label={t('analyse.standpunt.wie')}
                value={s.wie}
                options={wie}
                readOnly={!canEdit}
                onChange={(next) => next !== '' && write(() => model.standpunten.update(s.id, { wie: next }))}
              />
              <TextField
                className="tafel-analyse__wide"
                label={t('analyse.standpunt.standpunt')}
                value={s.standpunt}
                readOnly={!canEdit}
                required
                onCommit={(standpunt) => write(() => model.standpunten.update(s.id, { standpunt }))}
              />
              <RemoveButton
                label={t('analyse.standpunt.remove', { wie: naamVan(s.wie) })}
                hidden={!canEdit}
                onRemove={() => write(() => model.standpunten.remove(s.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && <NieuwStandpunt meningsverschilId={meningsverschil.id} wie={wie} />}
    </section>
  );
}

function NieuwStandpunt({ meningsverschilId, wie }: { readonly meningsverschilId: string; readonly wie: readonly SelectOption<string>[] }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write, error } = useWrite();
  const [wieId, setWieId] = useState('');
  const [tekst, setTekst] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (wieId === '') return setHint(t('analyse.standpunt.kiesWie'));
    if (tekst.trim() === '') return setHint(t('analyse.standpunt.leeg'));
    if (write(() => model.standpunten.add({ meningsverschilId, wie: wieId, standpunt: tekst.trim() }))) {
      setWieId('');
      setTekst('');
      setHint(null);
    }
  };
  const message = hint ?? error;
  return (
    <form className="tafel-analyse__nieuw-standpunt" onSubmit={submit} noValidate>
      <SelectField label={t('analyse.standpunt.wie')} value={wieId} options={wie} emptyLabel={t('fields.choose')} onChange={setWieId} />
      <DraftField label={t('analyse.standpunt.standpunt')} value={tekst} onChange={setTekst} className="tafel-analyse__wide" />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t('analyse.standpunt.add')}
      </button>
      {message !== null && (
        <p className="utrecht-paragraph tafel-analyse__form-hint" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
