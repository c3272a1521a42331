/** One zorg: who worries, about what, what happens if nothing changes, who disputes it; then its doelen. */
import { useId, useMemo } from 'react';
import type { NetwerkLid, Persoon, ZorgStatement } from '../../../shared/model/index.js';
import { CheckboxGroup, RemoveButton, TextField, type SelectOption, type Write } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { DoelItem } from './DoelItem.js';
import type { AfspraakZonderTekst, DoelZonderTekst } from './readers.js';

export interface ZorgItemProps {
  readonly zorg: ZorgStatement;
  readonly nummer: number;
  readonly doelen: readonly DoelZonderTekst[];
  readonly afspraken: readonly AfspraakZonderTekst[];
  readonly personen: readonly Persoon[];
  readonly netwerk: readonly NetwerkLid[];
  readonly actors: readonly SelectOption<string>[];
  readonly doelOptions: readonly SelectOption<string>[];
  readonly write: Write;
}

export function ZorgItem({ zorg, nummer, doelen, afspraken, personen, netwerk, actors, doelOptions, write }: ZorgItemProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const naam = t('plan.zorg.naam', { nummer });
  const update = (patch: Parameters<typeof model.zorgStatements.update>[1]): void => {
    write(() => model.zorgStatements.update(zorg.id, patch));
  };
  // Only gezinsleden and netwerk can dispute a zorg (their view is recorded, not overruled).
  const betwisters = useMemo(
    () => [...personen.map((p) => ({ value: p.id, label: p.roepnaam })), ...netwerk.map((n) => ({ value: n.id, label: n.naam }))],
    [personen, netwerk],
  );
  const betwist = betwisters.filter((b) => zorg.betwistDoor.includes(b.value)).map((b) => b.label);
  return (
    <article className="tafel-plan__zorg" aria-labelledby={headingId}>
      <h4 className="utrecht-heading-4" id={headingId}>
        {t('plan.zorg.kop', { naam, wie: zorg.wieMaaktZichZorgen })}
      </h4>
      {betwist.length > 0 && <p className="utrecht-paragraph tafel-plan__betwist">{t('plan.zorg.betwistDoorTekst', { namen: betwist.join(', ') })}</p>}
      <div className="tafel-plan__velden">
        <TextField
          label={t('plan.zorg.wie')}
          required
          value={zorg.wieMaaktZichZorgen}
          readOnly={!canEdit}
          onCommit={(v) => v.trim() !== '' && update({ wieMaaktZichZorgen: v.trim() })}
        />
        {/* What the table must see on the safety scale before scaling down (checked at afschalen). */}
        <TextField
          label={t('plan.zorg.afschaalNiveau')}
          description={t('plan.zorg.afschaalNiveauUitleg')}
          type="number"
          value={zorg.afschaalNiveau === undefined ? '' : String(zorg.afschaalNiveau)}
          readOnly={!canEdit}
          onCommit={(v) => update({ afschaalNiveau: v.trim() === '' ? undefined : Number(v) })}
        />
      </div>
      <TextField
        label={t('plan.zorg.waarover')}
        required
        multiline
        value={zorg.waarover}
        readOnly={!canEdit}
        onCommit={(v) => v.trim() !== '' && update({ waarover: v.trim() })}
      />
      <TextField
        label={t('plan.zorg.watAls')}
        multiline
        value={zorg.watAlsNietsVerandert}
        readOnly={!canEdit}
        onCommit={(v) => update({ watAlsNietsVerandert: v.trim() })}
      />
      <CheckboxGroup
        legend={t('plan.zorg.betwistDoor')}
        options={betwisters}
        selected={zorg.betwistDoor}
        readOnly={!canEdit}
        emptyText={t('plan.zorg.betwistLeeg')}
        onChange={(betwistDoor) => update({ betwistDoor })}
      />
      {doelen.length === 0 && <p className="utrecht-paragraph tafel-empty">{t('plan.zorg.geenDoelen')}</p>}
      {doelen.map((doel, i) => {
        const doelNaam = t('plan.doel.naam', { zorg: nummer, nummer: i + 1 });
        return (
          <DoelItem
            key={doel.id}
            doel={doel}
            planId={zorg.planId}
            naam={doelNaam}
            code={`${nummer}.${i + 1}`}
            afspraken={afspraken.filter((a) => a.veiligheidsdoelId === doel.id)}
            actors={actors}
            doelen={doelOptions}
            write={write}
          />
        );
      })}
      {canEdit && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => write(() => model.veiligheidsdoelen.add({ zorgStatementId: zorg.id }))}
        >
          {t('plan.doel.add', { naam })}
        </button>
      )}
      <RemoveButton label={t('plan.zorg.remove', { naam })} hidden={!canEdit} onRemove={() => write(() => model.zorgStatements.remove(zorg.id))} />
    </article>
  );
}
