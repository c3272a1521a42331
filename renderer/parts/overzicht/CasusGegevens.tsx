/**
 * The casus meta: pseudonymised title, regio, number, aanmelddatum and werkfase, the aanbrenger
 * with its grondslag (the table has none of its own), and who holds the casusregie, procesregie
 * and chair. Where the case is in its course is the levensloop's (Levensloop.tsx), not a field.
 */
import { useId, useMemo } from 'react';
import type { CasusPatch } from '../../../shared/model/meta.js';
import type { CaseModel } from '../../../shared/model/index.js';
import { optionalText, SelectField, TextField, useWrite, WriteError, useOrganisatieOpties } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { grondslagOptions, werkfaseOptions, type GrondslagType } from './options.js';
import { werkfaseVan, type Werkfase } from '../../../shared/model/index.js';
import { useAanTafel } from '../../editors/fields/aanTafel.js';

const readMeta = (model: CaseModel) => model.meta.get();

const REGISSEURS = ['casusregisseurId', 'procesregisseurId', 'voorzitterId'] as const;
const REGISSEUR_LABELS = {
  casusregisseurId: 'overzicht.casus.casusregisseur',
  procesregisseurId: 'overzicht.casus.procesregisseur',
  voorzitterId: 'overzicht.casus.voorzitter',
} as const;

export function CasusGegevens() {
  const t = useT();
  const { model, canManage } = useWorkspace();
  const meta = usePart({ soort: 'meta' }, readMeta);
  const { write, error } = useWrite();
  const headingId = useId();
  const orgOpties = useOrganisatieOpties();
  const aanTafel = useAanTafel();
  const deelnemerOpties = useMemo(() => aanTafel.map((d) => ({ value: d.id, label: d.naam })), [aanTafel]);
  const update = (patch: CasusPatch): void => {
    write(() => model.meta.update(patch));
  };
  const readOnly = !canManage;
  return (
    <section className="tafel-gezin__blok" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('overzicht.casus.heading')}
      </h3>
      {meta.fictief && <p className="utrecht-paragraph tafel-overzicht__fictief">{t('overzicht.fictief')}</p>}
      <div className="tafel-velden">
        <TextField
          label={t('overzicht.casus.titel')}
          description={t('overzicht.casus.titelUitleg')}
          required
          readOnly={readOnly}
          value={meta.titel}
          onCommit={(v) => v.trim() !== '' && update({ titel: v.trim() })}
        />
        <TextField
          label={t('overzicht.casus.regio')}
          required
          readOnly={readOnly}
          value={meta.regio}
          onCommit={(v) => v.trim() !== '' && update({ regio: v.trim() })}
        />
        <TextField
          label={t('overzicht.casus.casusnummer')}
          readOnly={readOnly}
          value={meta.casusnummer ?? ''}
          onCommit={(v) => update({ casusnummer: optionalText(v) })}
        />
        <TextField
          label={t('overzicht.casus.aanmelddatum')}
          type="date"
          readOnly={readOnly}
          value={meta.aanmelddatum ?? ''}
          onCommit={(v) => update({ aanmelddatum: optionalText(v) })}
        />
        <SelectField<Werkfase>
          label={t('levensloop.werkfase.label')}
          readOnly={readOnly}
          value={werkfaseVan(meta.fase)}
          options={werkfaseOptions(t)}
          onChange={(v) => v !== '' && update({ fase: v })}
        />
      </div>
      <p className="utrecht-paragraph tafel-item__kenmerken">{t('levensloop.werkfase.uitleg')}</p>
      <div className="tafel-velden">
        <SelectField
          label={t('overzicht.casus.aanbrenger')}
          readOnly={readOnly}
          value={meta.aanbrengerOrgId}
          options={orgOpties}
          onChange={(v) => v !== '' && update({ aanbrengerOrgId: v })}
        />
        <SelectField<GrondslagType>
          label={t('overzicht.casus.grondslag')}
          readOnly={readOnly}
          value={meta.grondslag.type}
          options={grondslagOptions(t)}
          onChange={(v) => v !== '' && update({ grondslag: { ...meta.grondslag, type: v } })}
        />
        <TextField
          label={t('overzicht.casus.convenant')}
          readOnly={readOnly}
          value={meta.grondslag.convenantNaam ?? ''}
          onCommit={(v) => update({ grondslag: { ...meta.grondslag, convenantNaam: optionalText(v) } })}
        />
      </div>
      <TextField
        label={t('overzicht.casus.grondslagToelichting')}
        description={t('overzicht.casus.grondslagUitleg')}
        multiline
        readOnly={readOnly}
        value={meta.grondslag.toelichting ?? ''}
        onCommit={(v) => update({ grondslag: { ...meta.grondslag, toelichting: optionalText(v) } })}
      />
      <div className="tafel-velden">
        {REGISSEURS.map((veld) => (
          <SelectField
            key={veld}
            label={t(REGISSEUR_LABELS[veld])}
            readOnly={readOnly}
            value={meta[veld] ?? ''}
            options={deelnemerOpties}
            emptyLabel={t('overzicht.casus.nogNiemand')}
            onChange={(v) => update({ [veld]: v === '' ? undefined : v })}
          />
        ))}
      </div>
      <WriteError error={error} />
    </section>
  );
}
