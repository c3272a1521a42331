/**
 * Attendance: who is at the table for which organisation and in which role, whether each has
 * acknowledged confidentiality, and which organisations are absent but sent their information.
 */
import { useId, useMemo, useState } from 'react';
import type { Aanwezigheid as AanwezigheidItem, CasusDeelnemer, Rol } from '../../../shared/model/index.js';
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
  const kandidaten = [
    ...deelnemers
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
        for (const d of deelnemers)
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
          {deelnemers.some((d) => !erbij.has(d.id)) && (
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
  const { model, canEdit, viewer } = useWorkspace();
  const leidt = useLeidtOverleg();
  const naam = namen.persoon(a.wie);
  const rol = t(`overleggen.rol.${a.rol}`);
  const organisatie = a.organisatieId === undefined ? undefined : namen.organisatie(a.organisatieId);
  return (
    <div className="tafel-item tafel-overleg__aanwezige">
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
        readOnly={!(leidt || (canEdit && a.wie === viewer.deelnemerId))}
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
