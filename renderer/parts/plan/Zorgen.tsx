/**
 * Zorgen → veiligheidsdoelen → afspraken, nested the way the meeting reasons: every afspraak
 * serves a doel, every doel answers a zorg. Afspraken not (or no longer) linked to a doel are
 * listed apart, so nothing silently drops out of the plan.
 */
import { useId, useMemo, useState } from 'react';
import { AddForm, DraftField, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { AfspraakItem } from './AfspraakItem.js';
import { doelOpties } from './nummering.js';
import { useAfspraken, useDoelen } from './readers.js';
import { useActors } from './useActors.js';
import { ZorgItem } from './ZorgItem.js';

export function Zorgen({ planId }: { readonly planId: string }) {
  const t = useT();
  const { canEdit } = useWorkspace();
  const alleZorgen = useCollection('zorgStatements');
  const alleDoelen = useDoelen();
  const alleAfspraken = useAfspraken();
  const personen = useCollection('personen');
  const netwerk = useCollection('netwerk');
  const actors = useActors();
  const { write, error } = useWrite();
  const headingId = useId();
  const zorgen = useMemo(() => alleZorgen.filter((z) => z.planId === planId), [alleZorgen, planId]);
  const afspraken = useMemo(() => alleAfspraken.filter((a) => a.planId === planId), [alleAfspraken, planId]);
  const doelOptions = useMemo(() => doelOpties(t, zorgen, alleDoelen), [t, zorgen, alleDoelen]);
  const losseAfspraken = afspraken.filter((a) => a.veiligheidsdoelId === undefined || !doelOptions.some((d) => d.value === a.veiligheidsdoelId));
  return (
    <section className="tafel-plan__zorgen" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('plan.zorgen.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-plan__uitleg">{t('plan.zorgen.uitleg')}</p>
      {zorgen.length === 0 && <p className="utrecht-paragraph tafel-empty">{t('plan.zorgen.empty')}</p>}
      {zorgen.map((zorg, i) => (
        <ZorgItem
          key={zorg.id}
          zorg={zorg}
          nummer={i + 1}
          doelen={alleDoelen.filter((d) => d.zorgStatementId === zorg.id)}
          afspraken={afspraken}
          personen={personen}
          netwerk={netwerk}
          actors={actors}
          doelOptions={doelOptions}
          write={write}
        />
      ))}
      {losseAfspraken.length > 0 && (
        <div className="tafel-plan__los">
          <h4 className="utrecht-heading-4">{t('plan.los.heading')}</h4>
          <p className="utrecht-paragraph tafel-plan__uitleg">{t('plan.los.uitleg')}</p>
          <ul className="tafel-plan__afspraken">
            {losseAfspraken.map((a, i) => (
              <li key={a.id}>
                <AfspraakItem afspraak={a} naam={t('plan.los.naam', { nummer: i + 1 })} level={5} actors={actors} doelen={doelOptions} write={write} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <WriteError error={error} />
      {canEdit && <NieuweZorg planId={planId} />}
    </section>
  );
}

function NieuweZorg({ planId }: { readonly planId: string }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [wie, setWie] = useState('');
  const [waarover, setWaarover] = useState('');
  const [watAls, setWatAls] = useState('');
  const submit = (): string | null => {
    if (wie.trim() === '') return t('plan.zorg.vulWie');
    if (waarover.trim() === '') return t('plan.zorg.vulWaarover');
    if (!write(() => model.zorgStatements.add({ planId, wieMaaktZichZorgen: wie.trim(), waarover: waarover.trim(), watAlsNietsVerandert: watAls.trim() })))
      return t('fields.error.invalid');
    setWie('');
    setWaarover('');
    setWatAls('');
    return null;
  };
  return (
    <AddForm heading={t('plan.zorg.nieuw')} submitLabel={t('plan.zorg.add')} onSubmit={submit}>
      <DraftField label={t('plan.zorg.wie')} value={wie} onChange={setWie} />
      <DraftField label={t('plan.zorg.waarover')} value={waarover} onChange={setWaarover} multiline />
      <DraftField label={t('plan.zorg.watAls')} value={watAls} onChange={setWatAls} multiline />
    </AddForm>
  );
}
