/**
 * Outcomes of risk and safety assessments: instrument, date, outcome and the organisation that
 * did it. Tafel stores what the instrument produced and never computes a score itself: ARIJ,
 * B-SAFER, RISc and others are licensed, and a number made here would look authoritative.
 */
import { useId, useMemo, useState } from 'react';
import type { RisicoTaxatie } from '../../../shared/model/index.js';
import {
  AddForm,
  CheckboxGroup,
  DraftField,
  RemoveButton,
  SelectField,
  TextField,
  type SelectOption,
  type Write,
  useCollection,
  useWrite,
  WriteError,
  useOrganisatieOpties,
} from '../../editors/fields/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { instrumentNaam, instrumentOptions, typeOptions, type Instrument, type TaxatieType } from './options.js';
import { dagInWoorden, vandaag } from '../../i18n/dagen.js';

export function Risicotaxaties() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const taxaties = useCollection('risicotaxaties');
  const personen = useCollection('personen');
  const { write, error } = useWrite();
  const headingId = useId();
  const orgOpties = useOrganisatieOpties();
  const persoonOpties = useMemo(() => personen.map((p) => ({ value: p.id, label: p.roepnaam })), [personen]);
  const nieuwsteEerst = useMemo(() => [...taxaties].sort((a, b) => b.datum.localeCompare(a.datum)), [taxaties]);
  return (
    <section className="tafel-risico__taxaties" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('risico.taxaties.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-risico__geen-scores">{t('risico.taxaties.geenScores')}</p>
      {nieuwsteEerst.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('risico.taxaties.empty')}</p>
      ) : (
        <ul className="tafel-risico__lijst">
          {nieuwsteEerst.map((taxatie) => (
            <li key={taxatie.id}>
              <TaxatieItem taxatie={taxatie} organisaties={orgOpties} personen={persoonOpties} write={write} />
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && <NieuweTaxatie organisaties={orgOpties} />}
    </section>
  );
}

interface TaxatieItemProps {
  readonly taxatie: RisicoTaxatie;
  readonly organisaties: readonly SelectOption<string>[];
  readonly personen: readonly SelectOption<string>[];
  readonly write: Write;
}

function TaxatieItem({ taxatie, organisaties, personen, write }: TaxatieItemProps) {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const fragment = useMemo(() => model.risicotaxaties.fragment(taxatie.id, 'professioneelOordeel'), [model, taxatie.id]);
  const update = (patch: Parameters<typeof model.risicotaxaties.update>[1]): void => {
    write(() => model.risicotaxaties.update(taxatie.id, patch));
  };
  const instrument = instrumentNaam(t, taxatie.instrument);
  const datum = dagInWoorden(locale, taxatie.datum);
  const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
  const [open, setOpen] = useState(false);
  const organisatie = organisaties.find((o) => o.value === taxatie.uitgevoerdDoorOrgId)?.label ?? t('risico.onbekend');
  const betreft = personen.filter((p) => taxatie.betreftPersoonIds.includes(p.value)).map((p) => p.label);
  const samenvatting = [
    t('risico.taxatie.door', { type: t(`risico.taxatie.type.${taxatie.type}`), organisatie }),
    ...(betreft.length === 0 ? [] : [t('risico.taxatie.betreft', { namen: betreft.join(', ') })]),
    ...(taxatie.geldigTot === undefined ? [] : [t('risico.taxatie.geldigTotKort', { datum: dagInWoorden(locale, taxatie.geldigTot) })]),
  ];
  return (
    <article className="tafel-risico__taxatie">
      <h4 className="utrecht-heading-4">{t('risico.taxatie.kop', { instrument, datum, uitkomst: taxatie.uitkomst })}</h4>
      <p className="utrecht-paragraph tafel-risico__samenvatting">{samenvatting.join(' · ')}</p>
      <RichTextEditor
        fragment={fragment}
        label={t('risico.taxatie.oordeel', { instrument, datum })}
        visibleLabel={t('risico.taxatie.oordeelKort')}
        readOnly={!canEdit}
        headingLevel={5}
      />
      {canEdit && (
        <details className="tafel-risico__wijzig" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('risico.taxatie.wijzig', { instrument, datum })}</summary>
          {open && (
            <>
              <div className="tafel-risico__velden">
                <SelectField
                  label={t('risico.taxatie.instrument')}
                  value={taxatie.instrument}
                  options={instrumentOptions(t)}
                  onChange={(v) => v !== '' && update({ instrument: v })}
                />
                <TextField
                  label={t('risico.taxatie.versie')}
                  value={taxatie.instrumentVersie ?? ''}
                  onCommit={(v) => update({ instrumentVersie: optional(v) })}
                />
                <SelectField label={t('risico.taxatie.type')} value={taxatie.type} options={typeOptions(t)} onChange={(v) => v !== '' && update({ type: v })} />
                <TextField label={t('risico.taxatie.datum')} type="date" required value={taxatie.datum} onCommit={(v) => v !== '' && update({ datum: v })} />
                <SelectField
                  label={t('risico.taxatie.organisatie')}
                  value={taxatie.uitgevoerdDoorOrgId}
                  options={organisaties}
                  onChange={(v) => v !== '' && update({ uitgevoerdDoorOrgId: v })}
                />
                <TextField
                  label={t('risico.taxatie.uitkomst')}
                  description={t('risico.taxatie.uitkomstUitleg')}
                  required
                  value={taxatie.uitkomst}
                  onCommit={(v) => v.trim() !== '' && update({ uitkomst: v.trim() })}
                />
                <TextField
                  label={t('risico.taxatie.geldigTot')}
                  type="date"
                  value={taxatie.geldigTot ?? ''}
                  onCommit={(v) => update({ geldigTot: optional(v) })}
                />
                <TextField label={t('risico.taxatie.bron')} value={taxatie.bronDocumentRef ?? ''} onCommit={(v) => update({ bronDocumentRef: optional(v) })} />
              </div>
              <CheckboxGroup
                legend={t('risico.taxatie.personen')}
                options={personen}
                selected={taxatie.betreftPersoonIds}
                emptyText={t('risico.taxatie.personenLeeg')}
                onChange={(betreftPersoonIds) => update({ betreftPersoonIds })}
              />
              <RemoveButton label={t('risico.taxatie.remove', { instrument, datum })} onRemove={() => write(() => model.risicotaxaties.remove(taxatie.id))} />
            </>
          )}
        </details>
      )}
    </article>
  );
}

/** The outcome needs an instrument, a date, the organisation and the outcome itself before it is stored. */
function NieuweTaxatie({ organisaties }: { readonly organisaties: readonly SelectOption<string>[] }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write, error } = useWrite();
  const [instrument, setInstrument] = useState<Instrument>('ARIJ');
  const [type, setType] = useState<TaxatieType>('veiligheidstaxatie');
  const [datum, setDatum] = useState(vandaag);
  const [orgId, setOrgId] = useState('');
  const [uitkomst, setUitkomst] = useState('');
  const datumId = useId();
  const uitkomstId = useId();
  const submit = (): string | null => {
    if (datum === '') return t('risico.taxatie.vulDatum');
    if (orgId === '') return t('risico.taxatie.kiesOrganisatie');
    if (uitkomst.trim() === '') return t('risico.taxatie.vulUitkomst');
    if (write(() => model.risicotaxaties.add({ instrument, type, datum, uitgevoerdDoorOrgId: orgId, uitkomst: uitkomst.trim() }))) setUitkomst('');
    return null;
  };
  return (
    <AddForm heading={t('risico.taxatie.nieuw')} submitLabel={t('risico.taxatie.add')} onSubmit={submit} error={error}>
      <SelectField<Instrument>
        label={t('risico.taxatie.instrument')}
        value={instrument}
        options={instrumentOptions(t)}
        onChange={(v) => v !== '' && setInstrument(v)}
      />
      <SelectField<TaxatieType> label={t('risico.taxatie.type')} value={type} options={typeOptions(t)} onChange={(v) => v !== '' && setType(v)} />
      <DraftField id={datumId} label={t('risico.taxatie.datum')} type="date" value={datum} onChange={setDatum} />
      <SelectField label={t('risico.taxatie.organisatie')} value={orgId} options={organisaties} emptyLabel={t('fields.choose')} onChange={setOrgId} />
      <DraftField id={uitkomstId} label={t('risico.taxatie.uitkomst')} value={uitkomst} onChange={setUitkomst} />
    </AddForm>
  );
}
