/**
 * Attendance: who is at the table for which organisation and in which role, whether each has
 * acknowledged confidentiality, and which organisations are absent but sent their information.
 * The chair and notulist keep the record; each deelnemer confirms their own confidentiality (a
 * personal statement, shared/model persoonlijk.ts); the chair records it for a gezinslid.
 */
import { useId, useMemo, useState } from 'react';
import { isEigenUitspraak, type Aanwezigheid as AanwezigheidItem, type CasusDeelnemer, type Rol } from '../../../shared/model/index.js';
import { CheckboxField, RemoveButton, SelectField, TextField, type Write, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useLeidtOverleg } from './leiding.js';
import { useNamen, type Namen } from './overlegNamen.js';
import { aanwezigOptions, type AanwezigStand } from './options.js';

const rolVan = (d: CasusDeelnemer): Rol => d.rollen[0] ?? 'expert';

export function Aanwezigheid({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { model } = useWorkspace();
  const leidt = useLeidtOverleg();
  const alle = useCollection('aanwezigheid');
  const deelnemers = useCollection('deelnemers');
  const personen = useCollection('personen');
  const namen = useNamen();
  const { write, error } = useWrite();
  const headingId = useId();
  const [keuze, setKeuze] = useState('');
  const lijst = useMemo(() => alle.filter((a) => a.overlegId === overlegId), [alle, overlegId]);
  const erbij = new Set(lijst.map((a) => a.wie));
  // Someone whose access was taken away no longer sits at the table.
  const aanTafel = deelnemers.filter((d) => d.vertrokkenOp === undefined);
  const kandidaten = [
    ...aanTafel
      .filter((d) => !erbij.has(d.id))
      .map((d) => ({ value: d.id, label: t('overleggen.aanwezigheid.kandidaat', { naam: d.naam, organisatie: namen.organisatie(d.organisatieId) }) })),
    ...personen.filter((p) => !erbij.has(p.id)).map((p) => ({ value: p.id, label: t('overleggen.aanwezigheid.gezinslid', { naam: p.roepnaam }) })),
  ];
  const voegToe = (wie: string): void => {
    const deelnemer = deelnemers.find((d) => d.id === wie);
    write(() =>
      model.aanwezigheid.add(
        deelnemer !== undefined
          ? { overlegId, wie, organisatieId: deelnemer.organisatieId, rol: rolVan(deelnemer), aanwezig: 'aanwezig' }
          : { overlegId, wie, rol: 'gezinslid', aanwezig: 'aanwezig' },
      ),
    );
  };
  const voegDeelnemersToe = (): void => {
    write(() =>
      model.doc.transact(() => {
        for (const d of aanTafel)
          if (!erbij.has(d.id)) model.aanwezigheid.add({ overlegId, wie: d.id, organisatieId: d.organisatieId, rol: rolVan(d), aanwezig: 'aanwezig' });
      }),
    );
  };
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.aanwezigheid.heading')}
      </h4>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.aanwezigheid.empty')}</p>
      ) : (
        <ul className="tafel-lijst tafel-overleg__aanwezigen">
          {lijst.map((a) => (
            <li key={a.id}>
              <Aanwezige item={a} namen={namen} write={write} />
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {leidt && kandidaten.length > 0 && (
        <div className="tafel-overleg__toevoegen">
          <SelectField
            label={t('overleggen.aanwezigheid.kies')}
            value={keuze}
            options={kandidaten}
            emptyLabel={t('overleggen.aanwezigheid.kiesLeeg')}
            onChange={setKeuze}
          />
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={keuze === ''}
            onClick={() => {
              voegToe(keuze);
              setKeuze('');
            }}
          >
            {t('overleggen.aanwezigheid.voegToe')}
          </button>
          {aanTafel.some((d) => !erbij.has(d.id)) && (
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={voegDeelnemersToe}>
              {t('overleggen.aanwezigheid.alleDeelnemers')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function Aanwezige({ item: a, namen, write }: { readonly item: AanwezigheidItem; readonly namen: Namen; readonly write: Write }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const leidt = useLeidtOverleg();
  const deelnemer = useCollection('deelnemers').find((d) => d.id === a.wie);
  // Only the attendee confirms their own; the chair or notulist records it for a gezinslid, a
  // network member or an observer (whose device cannot write).
  const eigen = deelnemer !== undefined && !(deelnemer.rollen.length > 0 && deelnemer.rollen.every((r) => r === 'observer'));
  const magBevestigen = canEdit && (eigen ? isEigenUitspraak(model.ctx.actor, a.wie, a.vertrouwelijkheidApparaatId) : leidt);
  const naam = namen.persoon(a.wie);
  const rol = t(`overleggen.rol.${a.rol}`);
  const organisatie = a.organisatieId === undefined ? undefined : namen.organisatie(a.organisatieId);
  return (
    <div className="tafel-item tafel-overleg__aanwezige" data-doel={a.id}>
      <p className="utrecht-paragraph tafel-overleg__wie">
        <strong>{naam}</strong>{' '}
        {organisatie === undefined ? t('overleggen.aanwezigheid.rolAlleen', { rol }) : t('overleggen.aanwezigheid.rolBij', { rol, organisatie })}
      </p>
      <div className="tafel-velden">
        <SelectField<AanwezigStand>
          label={t('overleggen.aanwezigheid.stand', { naam })}
          value={a.aanwezig}
          options={aanwezigOptions(t)}
          readOnly={!leidt}
          onChange={(aanwezig) => aanwezig !== '' && write(() => model.aanwezigheid.update(a.id, { aanwezig }))}
        />
        {a.aanwezig === 'afwezig_met_informatie' && (
          <TextField
            label={t('overleggen.aanwezigheid.informatieOp', { naam })}
            type="date"
            value={a.informatieOntvangenOp ?? ''}
            readOnly={!leidt}
            onCommit={(v) => write(() => model.aanwezigheid.update(a.id, { informatieOntvangenOp: v === '' ? undefined : v }))}
          />
        )}
      </div>
      <CheckboxField
        label={t('overleggen.aanwezigheid.vertrouwelijk', { naam })}
        checked={a.vertrouwelijkheidBevestigd}
        readOnly={!magBevestigen}
        onChange={(bevestigd) =>
          write(() =>
            model.aanwezigheid.update(a.id, {
              vertrouwelijkheidBevestigd: bevestigd,
              vertrouwelijkheidBevestigdOp: bevestigd ? new Date().toISOString() : undefined,
            }),
          )
        }
      />
      <RemoveButton hidden={!leidt} label={t('overleggen.aanwezigheid.remove', { naam })} onRemove={() => write(() => model.aanwezigheid.remove(a.id))} />
    </div>
  );
}
