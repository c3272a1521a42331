/**
 * Step 1 of the meeting: each expert's own position (who, organisation, which profile, why),
 * recorded before the team decides together, shown side by side so disagreement stays visible.
 * A position is a personal statement (shared/model persoonlijk.ts): each expert records, changes
 * and withdraws only their own, on their own device; the others read it in the table.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { isEigenUitspraak, PROFIELEN, type Profiel, type ProfielStandpunt } from '../../../shared/model/index.js';
import { DraftField, RemoveButton, SelectField, TextField, type Write, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { deelnemerNamen, profielNaam, profielOptions, standOptions } from './options.js';
import { metStand, standIn } from './standpuntStand.js';
import { StandpuntenTabel } from './StandpuntenTabel.js';
import { vandaag } from '../../i18n/dagen.js';

export function ProfielStandpunten() {
  const t = useT();
  const { canEdit, model, viewer } = useWorkspace();
  const standpunten = useCollection('profielStandpunten');
  const deelnemers = useCollection('deelnemers');
  const organisaties = useCollection('organisaties');
  const namen = useMemo(() => deelnemerNamen(t, deelnemers, organisaties), [t, deelnemers, organisaties]);
  const { write, error } = useWrite();
  const headingId = useId();
  const naamVan = (id: string): string => namen.get(id)?.naam ?? t('gezinsprofiel.onbekend');
  return (
    <section className="tafel-profiel__stap" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('gezinsprofiel.standpunten.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-profiel__uitleg">{t('gezinsprofiel.standpunten.uitleg')}</p>
      {standpunten.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('gezinsprofiel.standpunten.empty')}</p>
      ) : (
        <StandpuntenTabel standpunten={standpunten} namen={namen} />
      )}
      {canEdit &&
        standpunten
          .filter((s) => isEigenUitspraak(model.ctx.actor, s.deelnemerId, s.auteurApparaatId))
          .map((s) => <StandpuntWijzigen key={s.id} standpunt={s} naam={naamVan(s.deelnemerId)} write={write} />)}
      <WriteError error={error} />
      {canEdit &&
        (standpunten.some((s) => s.deelnemerId === viewer.deelnemerId) ? null : deelnemers.some(
            (d) => d.id === viewer.deelnemerId && d.vertrokkenOp === undefined,
          ) ? (
          <NieuwStandpunt />
        ) : null)}
      {canEdit && <p className="utrecht-paragraph tafel-item__kenmerken">{t('gezinsprofiel.standpunten.alleenEigen')}</p>}
    </section>
  );
}

interface StandpuntWijzigenProps {
  readonly standpunt: ProfielStandpunt;
  readonly naam: string;
  readonly write: Write;
}

/** One expert's position to change; folded away unless it is still empty (just recorded). */
function StandpuntWijzigen({ standpunt, naam, write }: StandpuntWijzigenProps) {
  const t = useT();
  const { model } = useWorkspace();
  const leeg = standpunt.primair === undefined && standpunt.secundair.length === 0 && standpunt.uitgesloten.length === 0;
  const [open, setOpen] = useState(leeg);
  const update = (patch: Parameters<typeof model.profielStandpunten.update>[1]): void => {
    write(() => model.profielStandpunten.update(standpunt.id, patch));
  };
  return (
    <details className="tafel-profiel__wijzig" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="tafel-profiel__wijzig-kop">{t('gezinsprofiel.standpunt.wijzig', { naam })}</summary>
      <fieldset className="utrecht-form-fieldset tafel-profiel__standen">
        <legend className="utrecht-form-fieldset__legend utrecht-form-label">{t('gezinsprofiel.standpunt.perProfiel', { naam })}</legend>
        {PROFIELEN.map((p) => (
          <SelectField
            key={p}
            label={profielNaam(t, p)}
            value={standIn(standpunt, p)}
            options={standOptions(t)}
            onChange={(stand) => stand !== '' && update(metStand(standpunt, p, stand))}
          />
        ))}
      </fieldset>
      <div className="tafel-profiel__velden">
        <TextField
          label={t('gezinsprofiel.standpunt.datum')}
          type="date"
          value={standpunt.datum ?? ''}
          onCommit={(datum) => update({ datum: datum === '' ? undefined : datum })}
        />
        <TextField
          label={t('gezinsprofiel.standpunt.waarom')}
          multiline
          value={standpunt.toelichting ?? ''}
          onCommit={(toelichting) => update({ toelichting: toelichting.trim() === '' ? undefined : toelichting })}
        />
      </div>
      <RemoveButton label={t('gezinsprofiel.standpunt.remove', { naam })} onRemove={() => write(() => model.profielStandpunten.remove(standpunt.id))} />
    </details>
  );
}

/** Records this user's own position: their primary profile and why first; the rest afterwards. */
function NieuwStandpunt() {
  const t = useT();
  const { model, viewer } = useWorkspace();
  const { write, error } = useWrite();
  const [primair, setPrimair] = useState<Profiel | ''>('');
  const [waarom, setWaarom] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const headingId = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const toelichting = waarom.trim();
    const added = write(() =>
      model.profielStandpunten.add({
        deelnemerId: viewer.deelnemerId,
        ...(primair === '' ? {} : { primair }),
        ...(toelichting === '' ? {} : { toelichting }),
        datum: vandaag(),
      }),
    );
    if (added) {
      setPrimair('');
      setWaarom('');
      setHint(null);
    }
  };
  const message = hint ?? error;
  return (
    <form className="tafel-profiel__nieuw" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('gezinsprofiel.standpunt.nieuw')}
      </h4>
      <div className="tafel-profiel__velden">
        <SelectField<Profiel>
          label={t('gezinsprofiel.standpunt.primair')}
          value={primair}
          options={profielOptions(t)}
          emptyLabel={t('gezinsprofiel.standpunt.geenPrimair')}
          onChange={setPrimair}
        />
        <DraftField label={t('gezinsprofiel.standpunt.waarom')} value={waarom} onChange={setWaarom} multiline />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t('gezinsprofiel.standpunt.add')}
      </button>
      {message !== null && (
        <p className="utrecht-paragraph tafel-profiel__hint" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
