/** One event on the tijdlijn: what, when (at its precision), the source and how sure, and who was involved. */
import { useId } from 'react';
import type { Persoon, TijdlijnGebeurtenis } from '../../../shared/model/index.js';
import { CheckboxField, CheckboxGroup, optionalText, RemoveButton, SelectField, TextField, type SelectOption, type Write } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { Wijzigen } from '../gezin/Wijzigen.js';
import { afgekapt, pastBij, type Precisie } from './datum.js';
import {
  betrouwbaarheidOptions,
  bronTypeOptions,
  ernstOptions,
  invoerVoor,
  precisieOptions,
  typeOptions,
  type Betrouwbaarheid,
  type BronType,
  type Ernst,
  type GebeurtenisType,
} from './options.js';

export interface GebeurtenisProps {
  readonly gebeurtenis: TijdlijnGebeurtenis;
  /** The date in words, as the list computed it. */
  readonly datum: string;
  readonly personen: readonly Persoon[];
  readonly organisaties: readonly SelectOption<string>[];
  readonly write: Write;
}

export function Gebeurtenis({ gebeurtenis: g, datum, personen, organisaties, write }: GebeurtenisProps) {
  const t = useT();
  const { model } = useWorkspace();
  const headingId = useId();
  const update = (patch: Parameters<typeof model.gebeurtenissen.update>[1]): void => {
    write(() => model.gebeurtenissen.update(g.id, patch));
  };
  const namen = personen.filter((p) => g.betrokkenPersoonIds.includes(p.id)).map((p) => p.roepnaam);
  const organisatie = organisaties.find((o) => o.value === g.bronOrgId)?.label ?? t('tijdlijn.onbekend');
  const kenmerken = [
    t(`tijdlijn.type.${g.type}`),
    t('tijdlijn.item.bron', { organisatie, soort: t(`tijdlijn.bronType.${g.bronType}`) }),
    g.betrouwbaarheid === undefined ? undefined : t(`tijdlijn.betrouwbaarheid.${g.betrouwbaarheid}`),
    namen.length === 0 ? undefined : t('tijdlijn.item.betrokken', { namen: namen.join(', ') }),
    g.ernst === undefined ? undefined : t('tijdlijn.item.ernst', { ernst: g.ernst }),
    g.kinderenAanwezig === true ? t('tijdlijn.item.kinderen') : undefined,
  ].filter((k): k is string => k !== undefined);
  const kiesPrecisie = (precisie: Precisie): void => {
    // A coarser precision keeps what is known of the date; a finer one waits for the new date.
    const korter = afgekapt(g.datum, precisie);
    update(pastBij(korter, precisie) ? { datumPrecisie: precisie, datum: korter } : { datumPrecisie: precisie });
  };
  const invoer = invoerVoor(g.datumPrecisie);
  const titel = g.titel;
  return (
    <article className="tafel-item tafel-tijdlijn__item" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('tijdlijn.item.kop', { datum, titel })}
      </h4>
      <p className="utrecht-paragraph tafel-item__kenmerken">{kenmerken.join(' · ')}</p>
      {g.omschrijving !== undefined && g.omschrijving !== '' && <p className="utrecht-paragraph tafel-tijdlijn__omschrijving">{g.omschrijving}</p>}
      <Wijzigen label={t('tijdlijn.item.wijzig', { titel, datum })}>
        <div className="tafel-velden">
          <SelectField<Precisie>
            label={t('tijdlijn.veld.precisie')}
            value={g.datumPrecisie}
            options={precisieOptions(t)}
            onChange={(v) => v !== '' && kiesPrecisie(v)}
          />
          <TextField
            key={g.datumPrecisie}
            label={t(invoer.label)}
            type={invoer.type}
            required
            value={pastBij(g.datum, g.datumPrecisie) ? g.datum : ''}
            onCommit={(v) => pastBij(v, g.datumPrecisie) && update({ datum: v })}
          />
          <SelectField<GebeurtenisType>
            label={t('tijdlijn.veld.type')}
            value={g.type}
            options={typeOptions(t)}
            onChange={(v) => v !== '' && update({ type: v })}
          />
          <TextField label={t('tijdlijn.veld.titel')} waarschuwKopie required value={titel} onCommit={(v) => v.trim() !== '' && update({ titel: v.trim() })} />
          <SelectField<BronType>
            label={t('tijdlijn.veld.bronType')}
            value={g.bronType}
            options={bronTypeOptions(t)}
            onChange={(v) => v !== '' && update({ bronType: v })}
          />
          <SelectField<Betrouwbaarheid>
            label={t('tijdlijn.veld.betrouwbaarheid')}
            value={g.betrouwbaarheid ?? ''}
            options={betrouwbaarheidOptions(t)}
            emptyLabel={t('tijdlijn.veld.betrouwbaarheidOnbekend')}
            onChange={(v) => update({ betrouwbaarheid: v === '' ? undefined : v })}
          />
          <SelectField<Ernst>
            label={t('tijdlijn.veld.ernst')}
            value={g.ernst === undefined ? '' : (String(g.ernst) as Ernst)}
            options={ernstOptions}
            emptyLabel={t('tijdlijn.veld.ernstOnbekend')}
            onChange={(v) => update({ ernst: v === '' ? undefined : Number(v) })}
          />
        </div>
        <TextField
          label={t('tijdlijn.veld.omschrijving')}
          waarschuwKopie
          multiline
          value={g.omschrijving ?? ''}
          onCommit={(v) => update({ omschrijving: optionalText(v) })}
        />
        <CheckboxField
          label={t('tijdlijn.veld.kinderen')}
          checked={g.kinderenAanwezig === true}
          onChange={(kinderenAanwezig) => update({ kinderenAanwezig })}
        />
        <CheckboxGroup
          legend={t('tijdlijn.veld.personen')}
          options={personen.map((p) => ({ value: p.id, label: p.roepnaam }))}
          selected={g.betrokkenPersoonIds}
          emptyText={t('tijdlijn.veld.personenLeeg')}
          onChange={(betrokkenPersoonIds) => update({ betrokkenPersoonIds })}
        />
        <RemoveButton label={t('tijdlijn.item.remove', { titel, datum })} onRemove={() => write(() => model.gebeurtenissen.remove(g.id))} />
      </Wijzigen>
    </article>
  );
}
