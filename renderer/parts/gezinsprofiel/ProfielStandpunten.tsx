/**
 * Step 1 of the meeting: each expert's own position (who, organisation, which profile, why),
 * recorded before the team decides together, shown side by side so disagreement stays visible.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { PROFIELEN, type Profiel, type ProfielStandpunt } from '../../../shared/model/index.js';
import { DraftField, RemoveButton, SelectField, TextField, type Write, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { deelnemerNamen, profielNaam, profielOptions, standOptions } from './options.js';
import { metStand, standIn } from './standpuntStand.js';
import { StandpuntenTabel } from './StandpuntenTabel.js';
import { vandaag } from '../../i18n/dagen.js';

export function ProfielStandpunten() {
  const t = useT();
  const { canEdit } = useWorkspace();
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
      {canEdit && standpunten.map((s) => <StandpuntWijzigen key={s.id} standpunt={s} naam={naamVan(s.deelnemerId)} write={write} />)}
      <WriteError error={error} />
      {canEdit && (
        <NieuwStandpunt
          wie={deelnemers
            .filter((d) => !standpunten.some((s) => s.deelnemerId === d.id))
            .map((d) => ({ value: d.id, label: `${d.naam}, ${namen.get(d.id)?.organisatie ?? ''}` }))}
        />
      )}
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

/** Records a position: who and their primary profile first; the rest is filled in afterwards. */
function NieuwStandpunt({ wie }: { readonly wie: readonly { value: string; label: string }[] }) {
  const t = useT();
  const { model, viewer } = useWorkspace();
  const { write, error } = useWrite();
  const eigen = wie.some((o) => o.value === viewer.deelnemerId) ? viewer.deelnemerId : '';
  const [wieId, setWieId] = useState(eigen);
  const [primair, setPrimair] = useState<Profiel | ''>('');
  const [waarom, setWaarom] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const headingId = useId();
  const gekozen = wie.some((o) => o.value === wieId) ? wieId : '';
  if (wie.length === 0) return <p className="utrecht-paragraph tafel-empty">{t('gezinsprofiel.standpunt.iedereen')}</p>;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (gekozen === '') return setHint(t('gezinsprofiel.standpunt.kiesWie'));
    const toelichting = waarom.trim();
    const added = write(() =>
      model.profielStandpunten.add({
        deelnemerId: gekozen,
        ...(primair === '' ? {} : { primair }),
        ...(toelichting === '' ? {} : { toelichting }),
        datum: vandaag(),
      }),
    );
    if (added) {
      setWieId('');
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
        <SelectField label={t('gezinsprofiel.standpunt.deskundige')} value={gekozen} options={wie} emptyLabel={t('fields.choose')} onChange={setWieId} />
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
