/**
 * The tijdlijn: every event in date order at its own precision, with a filter on a gezinslid or a
 * kind of event, and a form to add one.
 */
import { useId, useMemo, useState } from 'react';
import {
  AddForm,
  CheckboxGroup,
  DraftField,
  KopieWaarschuwingVoor,
  SelectField,
  useCollection,
  useWrite,
  WriteError,
  useOrganisatieOpties,
} from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { datumInWoorden, opDatum, pastBij, type Precisie } from './datum.js';
import { Gebeurtenis } from './Gebeurtenis.js';
import { bronTypeOptions, invoerVoor, precisieOptions, typeOptions, type BronType, type GebeurtenisType } from './options.js';
import '../../styles/parts/tijdlijn.css';

export function TijdlijnView() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const locale = useLocale();
  const gebeurtenissen = useCollection('gebeurtenissen');
  const personen = useCollection('personen');
  const { write, error } = useWrite();
  const headingId = useId();
  const [persoonId, setPersoonId] = useState('');
  const [type, setType] = useState<GebeurtenisType | ''>('');
  const orgOpties = useOrganisatieOpties();
  const gesorteerd = useMemo(() => opDatum(gebeurtenissen), [gebeurtenissen]);
  const getoond = gesorteerd.filter((g) => (persoonId === '' || g.betrokkenPersoonIds.includes(persoonId)) && (type === '' || g.type === type));
  const gefilterd = persoonId !== '' || type !== '';
  return (
    <div className="tafel-tijdlijn">
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('tijdlijn.intro')}</p>
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="utrecht-heading-3">
          {t('tijdlijn.heading')}
        </h3>
        {gebeurtenissen.length === 0 ? (
          <p className="utrecht-paragraph tafel-empty">{t('tijdlijn.empty')}</p>
        ) : (
          <>
            <fieldset className="utrecht-form-fieldset tafel-tijdlijn__filter">
              <legend className="utrecht-form-fieldset__legend utrecht-form-label">{t('tijdlijn.filter.legend')}</legend>
              <div className="tafel-velden">
                <SelectField
                  label={t('tijdlijn.filter.persoon')}
                  value={persoonId}
                  options={personen.map((p) => ({ value: p.id, label: p.roepnaam }))}
                  emptyLabel={t('tijdlijn.filter.iedereen')}
                  onChange={setPersoonId}
                />
                <SelectField<GebeurtenisType>
                  label={t('tijdlijn.filter.type')}
                  value={type}
                  options={typeOptions(t)}
                  emptyLabel={t('tijdlijn.filter.alle')}
                  onChange={setType}
                />
              </div>
              <p className="utrecht-paragraph tafel-tijdlijn__aantal" role="status">
                {gefilterd ? t('tijdlijn.filter.aantal', { aantal: getoond.length, totaal: gesorteerd.length }) : ''}
              </p>
            </fieldset>
            {getoond.length === 0 ? (
              <p className="utrecht-paragraph tafel-empty">{t('tijdlijn.filter.geen')}</p>
            ) : (
              <ol className="tafel-lijst tafel-tijdlijn__lijst">
                {getoond.map((g) => (
                  <li key={g.id}>
                    <Gebeurtenis
                      gebeurtenis={g}
                      datum={datumInWoorden(t, locale, g.datum, g.datumPrecisie)}
                      personen={personen}
                      organisaties={orgOpties}
                      write={write}
                    />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
        <WriteError error={error} />
        {canEdit && <NieuweGebeurtenis />}
      </section>
    </div>
  );
}

function NieuweGebeurtenis() {
  const t = useT();
  const { model } = useWorkspace();
  const personen = useCollection('personen');
  const { write } = useWrite();
  const [precisie, setPrecisie] = useState<Precisie>('dag');
  const [datum, setDatum] = useState('');
  const [type, setType] = useState<GebeurtenisType>('incident');
  const [titel, setTitel] = useState('');
  const [bronType, setBronType] = useState<BronType>('dossier');
  const [betrokken, setBetrokken] = useState<string[]>([]);
  const invoer = invoerVoor(precisie);
  const submit = (): string | null => {
    if (!pastBij(datum, precisie)) return t('tijdlijn.vulDatum');
    if (titel.trim() === '') return t('tijdlijn.vulTitel');
    const ok = write(() => model.gebeurtenissen.add({ datum, datumPrecisie: precisie, type, titel: titel.trim(), bronType, betrokkenPersoonIds: betrokken }));
    if (!ok) return t('fields.error.invalid');
    setDatum('');
    setTitel('');
    setBetrokken([]);
    return null;
  };
  return (
    <AddForm heading={t('tijdlijn.nieuw')} submitLabel={t('tijdlijn.add')} onSubmit={submit}>
      <SelectField<Precisie>
        label={t('tijdlijn.veld.precisie')}
        value={precisie}
        options={precisieOptions(t)}
        onChange={(v) => {
          if (v === '') return;
          setPrecisie(v);
          setDatum('');
        }}
      />
      <DraftField key={invoer.type} label={t(invoer.label)} type={invoer.type} value={datum} onChange={setDatum} />
      <SelectField<GebeurtenisType> label={t('tijdlijn.veld.type')} value={type} options={typeOptions(t)} onChange={(v) => v !== '' && setType(v)} />
      <DraftField label={t('tijdlijn.veld.titel')} value={titel} onChange={setTitel} />
      <KopieWaarschuwingVoor tekst={titel} />
      <SelectField<BronType> label={t('tijdlijn.veld.bronType')} value={bronType} options={bronTypeOptions(t)} onChange={(v) => v !== '' && setBronType(v)} />
      <CheckboxGroup
        legend={t('tijdlijn.veld.personen')}
        options={personen.map((p) => ({ value: p.id, label: p.roepnaam }))}
        selected={betrokken}
        emptyText={t('tijdlijn.veld.personenLeeg')}
        onChange={setBetrokken}
      />
    </AddForm>
  );
}
