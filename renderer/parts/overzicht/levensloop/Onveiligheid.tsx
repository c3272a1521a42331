/**
 * Acute and structurele onveiligheid as a structured judgement (the regional programme's main split):
 * each answered yes, no or not known yet, with the onderbouwing, the date, who judged and the
 * meeting. The latest judgement is shown; earlier ones stay readable. Any writer at the table may
 * record one (it is attributed).
 */
import { useId, useMemo, useState } from 'react';
import { JA_NEE_ONBEKEND, type Onveiligheidsoordeel } from '../../../../shared/model/index.js';
import { AddForm, DraftField, SelectField, useCollection, useWrite } from '../../../editors/fields/index.js';
import { dagInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { useLevensloop, useOverlegOpties } from './useLevensloop.js';

type JaNee = (typeof JA_NEE_ONBEKEND)[number];

export function Onveiligheid() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const stand = useLevensloop();
  const alle = useCollection('onveiligheidsoordelen');
  const headingId = useId();
  const eerdere = alle.filter((o) => o.id !== stand.onveiligheid?.id).reverse();
  return (
    <section className="tafel-gezin__blok" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('levensloop.onveiligheid.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('levensloop.onveiligheid.uitleg')}</p>
      {stand.onveiligheid === undefined ? (
        <p className="utrecht-paragraph tafel-empty">{t('levensloop.onveiligheid.geen')}</p>
      ) : (
        <Oordeel oordeel={stand.onveiligheid} />
      )}
      {eerdere.length > 0 && (
        <details>
          <summary>{t('levensloop.onveiligheid.eerder', { aantal: String(eerdere.length) })}</summary>
          {eerdere.map((o) => (
            <Oordeel key={o.id} oordeel={o} />
          ))}
        </details>
      )}
      {canEdit && <NieuwOordeel />}
    </section>
  );
}

function Oordeel({ oordeel: o }: { readonly oordeel: Onveiligheidsoordeel }) {
  const t = useT();
  const locale = useLocale();
  const deelnemers = useCollection('deelnemers');
  const naam = useMemo(() => deelnemers.find((d) => d.id === o.aangemaaktDoor)?.naam ?? t('overzicht.onbekend'), [deelnemers, o, t]);
  return (
    <div className="tafel-levensloop__oordeel" data-testid="onveiligheid">
      <p className="utrecht-paragraph">
        <strong>
          {t('levensloop.onveiligheid.stand', {
            acuut: t(`levensloop.onveiligheid.${o.acuut}`),
            structureel: t(`levensloop.onveiligheid.${o.structureel}`),
          })}
        </strong>
      </p>
      <p className="utrecht-paragraph">{o.onderbouwing}</p>
      <p className="utrecht-paragraph tafel-item__kenmerken">{t('levensloop.onveiligheid.wie', { datum: dagInWoorden(locale, o.datum), naam })}</p>
    </div>
  );
}

function NieuwOordeel() {
  const t = useT();
  const { model } = useWorkspace();
  const overlegOpties = useOverlegOpties();
  const { write, error } = useWrite();
  const [acuut, setAcuut] = useState<JaNee>('onbekend');
  const [structureel, setStructureel] = useState<JaNee>('onbekend');
  const [onderbouwing, setOnderbouwing] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const [overlegId, setOverlegId] = useState('');
  const opties = JA_NEE_ONBEKEND.map((v) => ({ value: v, label: t(`levensloop.onveiligheid.${v}`) }));
  const submit = (): string | null => {
    if (onderbouwing.trim() === '') return t('levensloop.onveiligheid.vulOnderbouwing');
    if (write(() => model.levensloop.oordeelOnveiligheid({ acuut, structureel, onderbouwing, datum, ...(overlegId === '' ? {} : { overlegId }) })))
      setOnderbouwing('');
    return null;
  };
  return (
    <AddForm heading={t('levensloop.onveiligheid.nieuw')} submitLabel={t('levensloop.onveiligheid.submit')} onSubmit={submit} error={error}>
      <SelectField<JaNee> label={t('levensloop.onveiligheid.acuut')} value={acuut} options={opties} onChange={(v) => v !== '' && setAcuut(v)} />
      <SelectField<JaNee>
        label={t('levensloop.onveiligheid.structureel')}
        value={structureel}
        options={opties}
        onChange={(v) => v !== '' && setStructureel(v)}
      />
      <DraftField label={t('levensloop.onveiligheid.onderbouwing')} value={onderbouwing} onChange={setOnderbouwing} multiline />
      <DraftField label={t('levensloop.wijzig.datum')} type="date" value={datum} onChange={setDatum} />
      <SelectField
        label={t('levensloop.wijzig.overleg')}
        value={overlegId}
        options={overlegOpties}
        emptyLabel={t('levensloop.wijzig.geenOverleg')}
        onChange={setOverlegId}
      />
    </AddForm>
  );
}
