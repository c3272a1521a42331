/**
 * Step 3: indicators per profile — present, absent or unknown — with the tijdlijn events and
 * analysis factors they rest on. A present intieme-terreur indicator makes intieme terreur
 * plausible for the plan check (shared/profielen/planToets.ts).
 */
import { useId, useMemo, useState } from 'react';
import { PROFIELEN, type Profiel, type ProfielIndicator } from '../../../shared/model/index.js';
import {
  CheckboxGroup,
  RemoveButton,
  SelectField,
  TextField,
  type SelectOption,
  type Write,
  useCollection,
  useWrite,
  WriteError,
} from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { datumInWoorden } from '../tijdlijn/datum.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { profielNaam } from './options.js';

const AANWEZIG = ['ja', 'nee', 'onbekend'] as const;

export function Indicatoren() {
  const t = useT();
  const locale = useLocale();
  const indicatoren = useCollection('indicatoren');
  const gebeurtenissen = useCollection('gebeurtenissen');
  const factoren = useCollection('factoren');
  const { write, error } = useWrite();
  const headingId = useId();
  const gebeurtenisOpties = useMemo(
    () =>
      [...gebeurtenissen]
        .sort((a, b) => a.datum.localeCompare(b.datum))
        .map((e) => ({ value: e.id, label: `${datumInWoorden(t, locale, e.datum, e.datumPrecisie)} · ${e.titel}` })),
    [gebeurtenissen, t, locale],
  );
  const factorOpties = useMemo(() => factoren.map((f) => ({ value: f.id, label: f.titel })), [factoren]);
  return (
    <section className="tafel-profiel__stap" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('gezinsprofiel.indicatoren.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-profiel__uitleg">{t('gezinsprofiel.indicatoren.uitleg')}</p>
      <WriteError error={error} />
      {PROFIELEN.map((p) => (
        <ProfielIndicatoren
          key={p}
          profiel={p}
          indicatoren={indicatoren.filter((i) => i.profiel === p)}
          gebeurtenissen={gebeurtenisOpties}
          factoren={factorOpties}
          write={write}
        />
      ))}
    </section>
  );
}

interface ProfielIndicatorenProps {
  readonly profiel: Profiel;
  readonly indicatoren: readonly ProfielIndicator[];
  readonly gebeurtenissen: readonly SelectOption<string>[];
  readonly factoren: readonly SelectOption<string>[];
  readonly write: Write;
}

function ProfielIndicatoren({ profiel, indicatoren, gebeurtenissen, factoren, write }: ProfielIndicatorenProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const naam = profielNaam(t, profiel);
  return (
    <section className="tafel-profiel__indicatoren" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {naam}
      </h4>
      {indicatoren.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('gezinsprofiel.indicatoren.empty')}</p>
      ) : (
        <ul className="tafel-profiel__indicator-lijst">
          {indicatoren.map((i) => (
            <li key={i.id} className="tafel-profiel__indicator">
              <IndicatorItem indicator={i} gebeurtenissen={gebeurtenissen} factoren={factoren} write={write} />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => write(() => model.indicatoren.add({ profiel, indicator: t('gezinsprofiel.indicatoren.nieuw') }))}
        >
          {t('gezinsprofiel.indicatoren.add', { profiel: naam })}
        </button>
      )}
    </section>
  );
}

interface IndicatorItemProps {
  readonly indicator: ProfielIndicator;
  readonly gebeurtenissen: readonly SelectOption<string>[];
  readonly factoren: readonly SelectOption<string>[];
  readonly write: Write;
}

function IndicatorItem({ indicator, gebeurtenissen, factoren, write }: IndicatorItemProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const [open, setOpen] = useState(false);
  const update = (patch: Parameters<typeof model.indicatoren.update>[1]): void => {
    write(() => model.indicatoren.update(indicator.id, patch));
  };
  const aanwezigOpties: SelectOption<(typeof AANWEZIG)[number]>[] = AANWEZIG.map((v) => ({ value: v, label: t(`gezinsprofiel.indicator.${v}`) }));
  const aantalBewijs = indicator.bewijsGebeurtenisIds.length + indicator.bewijsFactorIds.length;
  return (
    <fieldset className="utrecht-form-fieldset tafel-profiel__indicator-groep">
      <legend className="utrecht-form-fieldset__legend tafel-profiel__indicator-legend">
        {indicator.indicator}: {t(`gezinsprofiel.indicator.${indicator.aanwezig}`).toLowerCase()}
      </legend>
      <div className="tafel-profiel__velden">
        <TextField
          label={t('gezinsprofiel.indicator.naam')}
          value={indicator.indicator}
          required
          readOnly={!canEdit}
          onCommit={(tekst) => tekst.trim() !== '' && update({ indicator: tekst.trim() })}
        />
        <SelectField
          label={t('gezinsprofiel.indicator.aanwezig')}
          value={indicator.aanwezig}
          options={aanwezigOpties}
          readOnly={!canEdit}
          onChange={(aanwezig) => aanwezig !== '' && update({ aanwezig })}
        />
        <TextField
          label={t('gezinsprofiel.indicator.toelichting')}
          value={indicator.toelichting ?? ''}
          readOnly={!canEdit}
          onCommit={(toelichting) => update({ toelichting: toelichting.trim() === '' ? undefined : toelichting })}
        />
      </div>
      <details className="tafel-profiel__bewijs" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('gezinsprofiel.indicator.bewijs', { aantal: aantalBewijs })}</summary>
        {open && (
          <div className="tafel-profiel__velden">
            <CheckboxGroup
              legend={t('gezinsprofiel.indicator.gebeurtenissen')}
              options={gebeurtenissen}
              selected={indicator.bewijsGebeurtenisIds}
              emptyText={t('gezinsprofiel.indicator.gebeurtenissenLeeg')}
              readOnly={!canEdit}
              onChange={(bewijsGebeurtenisIds) => update({ bewijsGebeurtenisIds })}
            />
            <CheckboxGroup
              legend={t('gezinsprofiel.indicator.factoren')}
              options={factoren}
              selected={indicator.bewijsFactorIds}
              emptyText={t('gezinsprofiel.indicator.factorenLeeg')}
              readOnly={!canEdit}
              onChange={(bewijsFactorIds) => update({ bewijsFactorIds })}
            />
          </div>
        )}
      </details>
      <RemoveButton
        label={t('gezinsprofiel.indicator.remove', { indicator: indicator.indicator })}
        hidden={!canEdit}
        onRemove={() => write(() => model.indicatoren.remove(indicator.id))}
      />
    </fieldset>
  );
}
