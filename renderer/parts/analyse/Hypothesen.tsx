/**
 * Competing explanations side by side, each with its stelling, its status (open, aannemelijk,
 * verworpen, or the one werkhypothese) and the onderbouwing for and against it.
 */
import { memo, useId, useMemo } from 'react';
import type { AnalyseStatus, CaseModel, Hypothese } from '../../../shared/model/index.js';
import { EntityList, RemoveButton, SelectField, TextField, useCollection, useWrite, type SelectOption, type Write } from '../../editors/fields/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { Bewijzen } from './Bewijzen.js';
import { hypotheseStatusOptions, wieOptions, type HypotheseStatusKeuze } from './options.js';
import { sameItemExcept } from './sameItem.js';
import { useAanTafel } from '../../editors/fields/aanTafel.js';

const readAnalyse = (model: CaseModel): AnalyseStatus => model.analyse.get();

export function Hypothesen() {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const hypothesen = useCollection('hypothesen');
  const personen = useCollection('personen');
  const { werkhypotheseId } = usePart({ soort: 'analyse' }, readAnalyse);
  const { write, error } = useWrite();
  const headingId = useId();
  // voorgesteldDoor may point to a professional or a gezinslid (not the wider netwerk).
  const aanTafel = useAanTafel();
  const voorstellers = useMemo(() => wieOptions(t, personen, [], aanTafel), [t, personen, aanTafel]);
  return (
    <EntityList
      headingId={headingId}
      heading={t('analyse.hypothesen.heading')}
      emptyText={t('analyse.hypothesen.empty')}
      items={hypothesen}
      canEdit={canEdit}
      error={error}
      addLabel={t('analyse.hypothesen.add')}
      onAdd={() =>
        write(() => {
          const me = model.ctx.actor.deelnemerId;
          model.hypothesen.add({ titel: t('analyse.hypothesen.new'), voorgesteldDoor: model.deelnemers.has(me) ? me : undefined });
        })
      }
      renderItem={(h) => (
        <HypotheseItem hypothese={h} status={h.id === werkhypotheseId ? 'werkhypothese' : h.status} voorstellers={voorstellers} write={write} />
      )}
    />
  );
}

interface HypotheseItemProps {
  readonly hypothese: Hypothese;
  readonly status: HypotheseStatusKeuze;
  readonly voorstellers: readonly SelectOption<string>[];
  readonly write: Write;
}

const HypotheseItem = memo(
  function HypotheseItem({ hypothese, status, voorstellers, write }: HypotheseItemProps) {
    const t = useT();
    const { model, canEdit } = useWorkspace();
    const fragment = useMemo(() => model.hypothesen.fragment(hypothese.id, 'stelling'), [model, hypothese.id]);
    return (
      <article className="tafel-analyse__item">
        <h4 className="utrecht-heading-4 tafel-analyse__item-title">
          {hypothese.titel} <span className={`tafel-analyse__tag tafel-analyse__tag--${status}`}>{t(`analyse.hypotheseStatus.${status}`)}</span>
        </h4>
        <div className="tafel-analyse__fields">
          <TextField
            label={t('analyse.hypothese.titel')}
            value={hypothese.titel}
            readOnly={!canEdit}
            required
            onCommit={(titel) => write(() => model.hypothesen.update(hypothese.id, { titel }))}
          />
          <SelectField
            label={t('analyse.hypothese.status')}
            value={status}
            options={hypotheseStatusOptions(t)}
            readOnly={!canEdit}
            onChange={(next) => next !== '' && write(() => model.analyse.setHypotheseStatus(hypothese.id, next))}
          />
          <SelectField
            label={t('analyse.hypothese.voorgesteldDoor')}
            value={hypothese.voorgesteldDoor ?? ''}
            options={voorstellers}
            emptyLabel={t('analyse.hypothese.niemand')}
            readOnly={!canEdit}
            onChange={(wie) => write(() => model.hypothesen.update(hypothese.id, { voorgesteldDoor: wie === '' ? undefined : wie }))}
          />
        </div>
        <RichTextEditor
          fragment={fragment}
          label={t('analyse.hypothese.stelling', { titel: hypothese.titel })}
          visibleLabel={t('analyse.hypothese.stellingKort')}
          readOnly={!canEdit}
          headingLevel={5}
        />
        <Bewijzen hypothese={hypothese} />
        <RemoveButton
          label={t('analyse.hypothese.remove', { titel: hypothese.titel })}
          hidden={!canEdit}
          onRemove={() => write(() => model.hypothesen.remove(hypothese.id))}
        />
      </article>
    );
  },
  sameItemExcept('stelling', 'hypothese'),
);
