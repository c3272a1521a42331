/**
 * Factoren in and around the gezin (zorgen, krachten, risico's, beschermende, complicerende
 * factoren, uitzonderingen), each with its level, its role in the problem (4-P, "in stand
 * houdend" ...), the gezinsleden involved and the tijdlijn events that support it.
 */
import { memo, useId, useMemo } from 'react';
import type { Factor } from '../../../shared/model/index.js';
import { CheckboxGroup, EntityList, RemoveButton, SelectField, TextField, useCollection, useWrite, type SelectOption } from '../../editors/fields/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { gebeurtenisOptions, niveauOptions, rolOptions, soortOptions } from './options.js';
import { sameItemExcept } from './sameItem.js';

export function Factoren() {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const factoren = useCollection('factoren');
  const personen = useCollection('personen');
  const gebeurtenissen = useCollection('gebeurtenissen');
  const { write, error } = useWrite();
  const headingId = useId();
  const persoonOpties = useMemo(() => personen.map((p) => ({ value: p.id, label: p.roepnaam })), [personen]);
  const gebeurtenisOpties = useMemo(() => gebeurtenisOptions(t, locale, gebeurtenissen), [t, locale, gebeurtenissen]);
  return (
    <EntityList
      headingId={headingId}
      heading={t('analyse.factoren.heading')}
      emptyText={t('analyse.factoren.empty')}
      items={factoren}
      canEdit={canEdit}
      error={error}
      addLabel={t('analyse.factoren.add')}
      onAdd={() => write(() => model.factoren.add({ soort: 'zorg', niveau: 'gezin', titel: t('analyse.factoren.new') }))}
      renderItem={(factor) => <FactorItem factor={factor} personen={persoonOpties} gebeurtenissen={gebeurtenisOpties} write={write} />}
    />
  );
}

interface FactorItemProps {
  readonly factor: Factor;
  readonly personen: readonly SelectOption<string>[];
  readonly gebeurtenissen: readonly SelectOption<string>[];
  write(change: () => void): boolean;
}

const FactorItem = memo(
  function FactorItem({ factor, personen, gebeurtenissen, write }: FactorItemProps) {
    const t = useT();
    const { model, canEdit } = useWorkspace();
    const fragment = useMemo(() => model.factoren.fragment(factor.id, 'omschrijving'), [model, factor.id]);
    const update = (patch: Parameters<typeof model.factoren.update>[1]): void => {
      write(() => model.factoren.update(factor.id, patch));
    };
    return (
      <article className="tafel-analyse__item">
        <h4 className="utrecht-heading-4 tafel-analyse__item-title">
          {factor.titel} <span className={`tafel-analyse__tag tafel-analyse__tag--${factor.soort}`}>{t(`analyse.soort.${factor.soort}`)}</span>
        </h4>
        <div className="tafel-analyse__fields">
          <TextField label={t('analyse.factor.titel')} value={factor.titel} readOnly={!canEdit} required onCommit={(titel) => update({ titel })} />
          <SelectField
            label={t('analyse.factor.soort')}
            value={factor.soort}
            options={soortOptions(t)}
            readOnly={!canEdit}
            onChange={(soort) => soort !== '' && update({ soort })}
          />
          <SelectField
            label={t('analyse.factor.niveau')}
            value={factor.niveau}
            options={niveauOptions(t)}
            readOnly={!canEdit}
            onChange={(niveau) => niveau !== '' && update({ niveau })}
          />
          <SelectField
            label={t('analyse.factor.rol')}
            value={factor.rolInProbleem ?? ''}
            options={rolOptions(t)}
            emptyLabel={t('analyse.factor.rolGeen')}
            readOnly={!canEdit}
            onChange={(rol) => update({ rolInProbleem: rol === '' ? undefined : rol })}
          />
        </div>
        <RichTextEditor
          fragment={fragment}
          label={t('analyse.factor.omschrijving', { titel: factor.titel })}
          visibleLabel={t('analyse.factor.omschrijvingKort')}
          readOnly={!canEdit}
          headingLevel={5}
        />
        <div className="tafel-analyse__fields">
          <CheckboxGroup
            legend={t('analyse.factor.personen')}
            options={personen}
            selected={factor.persoonIds}
            emptyText={t('analyse.factor.personenEmpty')}
            readOnly={!canEdit}
            onChange={(persoonIds) => update({ persoonIds })}
          />
          <CheckboxGroup
            legend={t('analyse.factor.bewijs')}
            options={gebeurtenissen}
            selected={factor.bewijsGebeurtenisIds}
            emptyText={t('analyse.factor.bewijsEmpty')}
            readOnly={!canEdit}
            onChange={(bewijsGebeurtenisIds) => update({ bewijsGebeurtenisIds })}
          />
        </div>
        <RemoveButton
          label={t('analyse.factor.remove', { titel: factor.titel })}
          hidden={!canEdit}
          onRemove={() => write(() => model.factoren.remove(factor.id))}
        />
      </article>
    );
  },
  sameItemExcept('omschrijving', 'factor'),
);
