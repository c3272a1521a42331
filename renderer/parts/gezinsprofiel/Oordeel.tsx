/**
 * Step 2: the team's agreed assessment — one primary profile at most (the model keeps one
 * register, so two people choosing at once cannot make two), secondary and explicitly excluded
 * profiles, machtsongelijkheid, the accent of the approach and the toelichting in rich text.
 * Next to each profile: how the experts' own positions rated it, so the choice is made in view of them,
 * and what the profile is and means for the approach (ProfielUitleg), open for the chosen ones.
 */
import { useId, useMemo } from 'react';
import { PROFIELEN, type CaseModel, type GezinsprofielBeoordeling, type Profiel, type ProfielStand } from '../../../shared/model/index.js';
import { SelectField, TextField, type SelectOption, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { profielNaam, standOptions, STANDEN } from './options.js';
import { ProfielUitleg } from './ProfielUitleg.js';
import { standIn } from './standpuntStand.js';

type Keuzes = Omit<GezinsprofielBeoordeling, 'toelichting'>;

// Without the toelichting: typing there must not re-render the choices.
const readKeuzes = (model: CaseModel): Keuzes => {
  const { toelichting: _toelichting, ...rest } = model.gezinsprofiel.get();
  return rest;
};

const standVan = (keuzes: Keuzes, p: Profiel): ProfielStand => (keuzes.primair === p ? 'primair' : (keuzes.oordelen[p] ?? 'geen'));

const ACCENTEN = ['veiligheidsdomein', 'gebalanceerd', 'zorgdomein'] as const;
const MACHT = ['ja', 'nee', 'onbekend'] as const;

export function Oordeel() {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const keuzes = usePart({ soort: 'gezinsprofiel' }, readKeuzes);
  const standpunten = useCollection('profielStandpunten');
  const { write, error } = useWrite();
  const headingId = useId();
  const fragment = useMemo(() => model.gezinsprofiel.toelichtingFragment(), [model]);
  const kies = (p: Profiel, stand: ProfielStand): void => {
    write(() => (stand === 'primair' ? model.gezinsprofiel.setPrimair(p) : model.gezinsprofiel.setOordeel(p, stand)));
  };
  const namenMet = (stand: ProfielStand): string =>
    PROFIELEN.filter((p) => standVan(keuzes, p) === stand)
      .map((p) => profielNaam(t, p))
      .join(', ') || t('gezinsprofiel.oordeel.geen');
  const telling = (p: Profiel): string =>
    STANDEN.filter((s) => s !== 'geen')
      .map((s) => ({ s, n: standpunten.filter((sp) => standIn(sp, p) === s).length }))
      .filter(({ n }) => n > 0)
      .map(({ s, n }) => `${n}× ${t(`gezinsprofiel.stand.${s}`).toLowerCase()}`)
      .join(', ');
  const machtOpties: SelectOption<(typeof MACHT)[number]>[] = MACHT.map((v) => ({ value: v, label: t(`gezinsprofiel.oordeel.${v}`) }));
  const accentOpties: SelectOption<(typeof ACCENTEN)[number]>[] = ACCENTEN.map((v) => ({ value: v, label: t(`gezinsprofiel.oordeel.accent.${v}`) }));
  return (
    <section className="tafel-profiel__stap" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('gezinsprofiel.oordeel.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-profiel__uitleg">{t('gezinsprofiel.oordeel.uitleg')}</p>
      <p className="utrecht-paragraph tafel-profiel__samenvatting" aria-live="polite">
        {t('gezinsprofiel.oordeel.samenvatting', { primair: namenMet('primair'), secundair: namenMet('secundair'), uitgesloten: namenMet('uitgesloten') })}
      </p>
      <fieldset className="utrecht-form-fieldset tafel-profiel__oordelen">
        <legend className="utrecht-form-fieldset__legend utrecht-form-label">{t('gezinsprofiel.oordeel.keuzes')}</legend>
        {PROFIELEN.map((p) => {
          const uitStandpunten = telling(p);
          return (
            <div key={p} className="tafel-profiel__oordeel">
              <SelectField
                label={t('gezinsprofiel.oordeel.profielLabel', { profiel: profielNaam(t, p) })}
                value={standVan(keuzes, p)}
                options={standOptions(t)}
                readOnly={!canEdit}
                onChange={(stand) => stand !== '' && kies(p, stand)}
              />
              {uitStandpunten !== '' && (
                <p className="utrecht-paragraph tafel-profiel__telling">{t('gezinsprofiel.oordeel.telling', { telling: uitStandpunten })}</p>
              )}
              <ProfielUitleg profiel={p} stand={standVan(keuzes, p)} write={write} />
            </div>
          );
        })}
      </fieldset>
      <div className="tafel-profiel__velden">
        <SelectField
          label={t('gezinsprofiel.oordeel.machtsongelijkheid')}
          value={keuzes.machtsongelijkheid}
          options={machtOpties}
          readOnly={!canEdit}
          onChange={(machtsongelijkheid) => machtsongelijkheid !== '' && write(() => model.gezinsprofiel.update({ machtsongelijkheid }))}
        />
        <SelectField
          label={t('gezinsprofiel.oordeel.accent')}
          value={keuzes.beschermingsAccent ?? ''}
          options={accentOpties}
          emptyLabel={t('gezinsprofiel.oordeel.accentGeen')}
          readOnly={!canEdit}
          onChange={(accent) => write(() => model.gezinsprofiel.update({ beschermingsAccent: accent === '' ? undefined : accent }))}
        />
        <TextField
          label={t('gezinsprofiel.oordeel.datum')}
          type="date"
          value={keuzes.datum ?? ''}
          readOnly={!canEdit}
          onCommit={(datum) => write(() => model.gezinsprofiel.update({ datum: datum === '' ? undefined : datum }))}
        />
      </div>
      <WriteError error={error} />
      <RichTextEditor
        fragment={fragment}
        label={t('gezinsprofiel.oordeel.toelichting')}
        visibleLabel={t('gezinsprofiel.oordeel.toelichting')}
        placeholder={t('gezinsprofiel.oordeel.toelichtingLeeg')}
        readOnly={!canEdit}
      />
    </section>
  );
}
