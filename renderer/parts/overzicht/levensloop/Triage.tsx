/**
 * The triage decision: take the case into MDA++ or not, on which criteria and why; "niet opnemen"
 * names where the case goes instead. The latest decision is shown; earlier ones stay readable.
 * Recorded by the chair.
 */
import { useId, useState } from 'react';
import { TRIAGE_CRITERIA, VERWIJZINGEN, type Triagebesluit } from '../../../../shared/model/index.js';
import { AddForm, CheckboxGroup, DraftField, SelectField, optionalText, useWrite } from '../../../editors/fields/index.js';
import { dagInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { useCollection } from '../../../editors/fields/index.js';
import { useLevensloop, useOverlegOpties } from './useLevensloop.js';

type Criterium = (typeof TRIAGE_CRITERIA)[number];
type Verwijzing = (typeof VERWIJZINGEN)[number];

export function Triage() {
  const t = useT();
  const { canManage } = useWorkspace();
  const stand = useLevensloop();
  const alle = useCollection('triagebesluiten');
  const headingId = useId();
  const eerdere = alle.filter((b) => b.id !== stand.triage?.id);
  return (
    <section className="tafel-gezin__blok" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('levensloop.triage.heading')}
      </h3>
      {stand.triage === undefined ? <p className="utrecht-paragraph tafel-empty">{t('levensloop.triage.geen')}</p> : <Besluit besluit={stand.triage} />}
      {eerdere.length > 0 && (
        <details>
          <summary>{t('levensloop.triage.eerder', { aantal: String(eerdere.length) })}</summary>
          {eerdere.map((b) => (
            <Besluit key={b.id} besluit={b} />
          ))}
        </details>
      )}
      {canManage && <NieuwBesluit />}
    </section>
  );
}

function Besluit({ besluit: b }: { readonly besluit: Triagebesluit }) {
  const t = useT();
  const locale = useLocale();
  const datum = dagInWoorden(locale, b.datum);
  const criteria = b.criteria.length === 0 ? t('levensloop.triage.geenCriteria') : b.criteria.map((c) => t(`levensloop.triage.criterium.${c}`)).join('; ');
  return (
    <div className="tafel-levensloop__besluit">
      <p className="utrecht-paragraph">
        <strong>
          {b.besluit === 'opnemen'
            ? t('levensloop.triage.opnemen', { datum })
            : t('levensloop.triage.nietOpnemen', {
                datum,
                verwijzing: [t(`levensloop.triage.verwijzing.${b.verwijzing ?? 'overig'}`), b.verwijzingToelichting].filter((x) => x !== undefined).join(': '),
              })}
        </strong>
      </p>
      <p className="utrecht-paragraph">{t('levensloop.triage.criteria', { criteria })}</p>
      <p className="utrecht-paragraph">{b.onderbouwing}</p>
    </div>
  );
}

function NieuwBesluit() {
  const t = useT();
  const { model } = useWorkspace();
  const overlegOpties = useOverlegOpties();
  const { write, error } = useWrite();
  const [besluit, setBesluit] = useState<'opnemen' | 'niet_opnemen'>('opnemen');
  const [criteria, setCriteria] = useState<Criterium[]>([]);
  const [onderbouwing, setOnderbouwing] = useState('');
  const [verwijzing, setVerwijzing] = useState<Verwijzing | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const [overlegId, setOverlegId] = useState('');
  const submit = (): string | null => {
    if (onderbouwing.trim() === '') return t('levensloop.triage.vulOnderbouwing');
    if (besluit === 'niet_opnemen' && verwijzing === '') return t('levensloop.triage.kiesVerwijzing');
    const ok = write(() =>
      model.levensloop.triage({
        besluit,
        criteria: TRIAGE_CRITERIA.filter((c) => criteria.includes(c)),
        onderbouwing,
        datum,
        ...(besluit === 'niet_opnemen' && verwijzing !== '' ? { verwijzing, verwijzingToelichting: optionalText(toelichting) } : {}),
        ...(overlegId === '' ? {} : { overlegId }),
      }),
    );
    if (ok) {
      setOnderbouwing('');
      setToelichting('');
    }
    return null;
  };
  return (
    <AddForm heading={t('levensloop.triage.nieuw')} submitLabel={t('levensloop.triage.submit')} onSubmit={submit} error={error}>
      <SelectField<'opnemen' | 'niet_opnemen'>
        label={t('levensloop.triage.besluit')}
        value={besluit}
        options={(['opnemen', 'niet_opnemen'] as const).map((b) => ({ value: b, label: t(`levensloop.triage.besluit.${b}`) }))}
        onChange={(v) => v !== '' && setBesluit(v)}
      />
      <CheckboxGroup<Criterium>
        legend={t('levensloop.triage.criteriaKeuze')}
        options={TRIAGE_CRITERIA.map((c) => ({ value: c, label: t(`levensloop.triage.criterium.${c}`) }))}
        selected={criteria}
        emptyText=""
        onChange={setCriteria}
      />
      <DraftField label={t('levensloop.triage.onderbouwing')} value={onderbouwing} onChange={setOnderbouwing} multiline />
      {besluit === 'niet_opnemen' && (
        <>
          <SelectField<Verwijzing>
            label={t('levensloop.triage.verwijzing')}
            value={verwijzing}
            options={VERWIJZINGEN.map((v) => ({ value: v, label: t(`levensloop.triage.verwijzing.${v}`) }))}
            emptyLabel={t('fields.choose')}
            onChange={setVerwijzing}
          />
          <DraftField label={t('levensloop.triage.verwijzingToelichting')} value={toelichting} onChange={setToelichting} />
        </>
      )}
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
