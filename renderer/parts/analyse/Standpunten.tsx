/**
 * Who holds which view in one meningsverschil. A view is a personal statement (shared/model
 * persoonlijk.ts): a deelnemer records, changes and withdraws only their own, on their own device;
 * a gezinslid's or network member's view belongs to whoever wrote it down. Everyone else reads it
 * (and can start a thread on it); the form offers only oneself, gezinsleden and network members.
 */
import { useState, type FormEvent } from 'react';
import { isEigenUitspraak, type Meningsverschil, type Standpunt } from '../../../shared/model/index.js';
import { DraftField, RemoveButton, SelectField, TextField, type SelectOption, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

interface StandpuntenProps {
  readonly meningsverschil: Meningsverschil;
  readonly wie: readonly SelectOption<string>[];
}

export function Standpunten({ meningsverschil, wie }: StandpuntenProps) {
  const t = useT();
  const { model, canEdit, viewer } = useWorkspace();
  const standpunten = useCollection('standpunten').filter((s) => s.meningsverschilId === meningsverschil.id);
  const deelnemers = useCollection('deelnemers');
  const { write, error } = useWrite();
  const isDeelnemer = (id: string): boolean => deelnemers.some((d) => d.id === id);
  const auteur = (s: Standpunt): string => (isDeelnemer(s.wie) ? s.wie : s.aangemaaktDoor);
  // Whom one may record a view for: oneself, a gezinslid or a network member; never another deelnemer.
  const keuze = wie.filter((o) => o.value === viewer.deelnemerId || !isDeelnemer(o.value));
  const naamVan = (id: string): string => wie.find((o) => o.value === id)?.label ?? t('analyse.onbekend');
  return (
    <section className="tafel-analyse__standpunten" aria-label={`${t('analyse.standpunten.heading')}: ${meningsverschil.onderwerp}`}>
      <h5 className="utrecht-heading-5">{t('analyse.standpunten.heading')}</h5>
      {standpunten.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('analyse.standpunten.empty')}</p>
      ) : (
        <ul className="tafel-analyse__standpunt-lijst">
          {standpunten.map((s) =>
            canEdit && isEigenUitspraak(model.ctx.actor, auteur(s), s.auteurApparaatId) ? (
              <li key={s.id} className="tafel-analyse__standpunt" data-doel={s.id}>
                <SelectField
                  label={t('analyse.standpunt.wie')}
                  value={s.wie}
                  options={keuze.some((o) => o.value === s.wie) ? keuze : [...keuze, { value: s.wie, label: naamVan(s.wie) }]}
                  onChange={(next) => next !== '' && write(() => model.standpunten.update(s.id, { wie: next }))}
                />
                <TextField
                  className="tafel-analyse__wide"
                  label={t('analyse.standpunt.standpunt')}
                  value={s.standpunt}
                  required
                  onCommit={(standpunt) => write(() => model.standpunten.update(s.id, { standpunt }))}
                />
                <RemoveButton label={t('analyse.standpunt.remove', { wie: naamVan(s.wie) })} onRemove={() => write(() => model.standpunten.remove(s.id))} />
              </li>
            ) : (
              <li key={s.id} className="tafel-analyse__standpunt tafel-analyse__standpunt--van-ander" data-doel={s.id}>
                <p className="utrecht-paragraph">
                  <strong>{naamVan(s.wie)}:</strong> {s.standpunt}
                </p>
                {canEdit && <p className="utrecht-paragraph tafel-item__kenmerken">{t('analyse.standpunt.vanAnder', { naam: naamVan(auteur(s)) })}</p>}
              </li>
            ),
          )}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && <NieuwStandpunt meningsverschilId={meningsverschil.id} wie={keuze} />}
    </section>
  );
}

function NieuwStandpunt({ meningsverschilId, wie }: { readonly meningsverschilId: string; readonly wie: readonly SelectOption<string>[] }) {
  const t = useT();
  const { model, viewer } = useWorkspace();
  const { write, error } = useWrite();
  const [wieId, setWieId] = useState(() => (wie.some((o) => o.value === viewer.deelnemerId) ? viewer.deelnemerId : ''));
  const [tekst, setTekst] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (wieId === '') return setHint(t('analyse.standpunt.kiesWie'));
    if (tekst.trim() === '') return setHint(t('analyse.standpunt.leeg'));
    if (write(() => model.standpunten.add({ meningsverschilId, wie: wieId, standpunt: tekst.trim() }))) {
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
