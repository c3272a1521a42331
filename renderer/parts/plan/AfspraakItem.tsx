/**
 * One afspraak: wat (rich text, typed together), wie, wanneer, waar, wie controleert, its fase and
 * status in words, and the doel it serves. Overdue afspraken say so in words, not only in colour.
 */
import { memo, useId, useMemo, useState } from 'react';
import { CheckboxGroup, RemoveButton, SelectField, TextField, type SelectOption, type Write } from '../../editors/fields/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { faseOptions, namenVan, statusOptions } from './options.js';
import type { AfspraakZonderTekst } from './readers.js';
import { isTeLaat } from '../../../shared/model/index.js';
import { vandaag, wanneerInWoorden } from '../../i18n/dagen.js';

export interface AfspraakItemProps {
  readonly afspraak: AfspraakZonderTekst;
  /** How the meeting calls it, e.g. "Afspraak 1.2.1". */
  readonly naam: string;
  readonly level: 5 | 6;
  readonly actors: readonly SelectOption<string>[];
  readonly doelen: readonly SelectOption<string>[];
  readonly write: Write;
}

export const AfspraakItem = memo(function AfspraakItem({ afspraak, naam, level, actors, doelen, write }: AfspraakItemProps) {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const fragment = useMemo(() => model.afspraken.fragment(afspraak.id, 'wat'), [model, afspraak.id]);
  const update = (patch: Parameters<typeof model.afspraken.update>[1]): void => {
    write(() => model.afspraken.update(afspraak.id, patch));
  };
  const Heading = `h${level}` as const;
  const teLaat = isTeLaat(afspraak, vandaag());
  return (
    <article className={`tafel-plan__afspraak${teLaat ? ' tafel-plan__afspraak--te-laat' : ''}`} aria-labelledby={headingId} data-doel={afspraak.id}>
      <Heading className={`utrecht-heading-${level}`} id={headingId}>
        {t('plan.afspraak.kop', { naam, wanneer: wanneerInWoorden(locale, afspraak.wanneer) })}
      </Heading>
      <p className="utrecht-paragraph tafel-plan__samenvatting">
        {t('plan.afspraak.samenvatting', {
          wie: namenVan(t, afspraak.wie, actors),
          controle: namenVan(t, afspraak.controleDoor, actors),
          status: t(`plan.afspraakStatus.${afspraak.status}`),
        })}
        {teLaat && <strong className="tafel-plan__te-laat"> {t('plan.afspraak.teLaat')}</strong>}
      </p>
      <RichTextEditor
        fragment={fragment}
        label={t('plan.afspraak.watVan', { naam })}
        visibleLabel={t('plan.afspraak.wat')}
        readOnly={!canEdit}
        headingLevel={6}
      />
      <div className="tafel-plan__velden">
        <TextField
          label={t('plan.afspraak.wanneer')}
          description={t('plan.afspraak.wanneerUitleg')}
          required
          value={afspraak.wanneer}
          readOnly={!canEdit}
          onCommit={(v) => v.trim() !== '' && update({ wanneer: v.trim() })}
        />
        <TextField
          label={t('plan.afspraak.waar')}
          value={afspraak.waar ?? ''}
          readOnly={!canEdit}
          onCommit={(v) => update({ waar: v.trim() === '' ? undefined : v.trim() })}
        />
        <SelectField
          label={t('plan.afspraak.status')}
          value={afspraak.status}
          options={statusOptions(t)}
          readOnly={!canEdit}
          onChange={(v) => v !== '' && update({ status: v })}
        />
        <SelectField
          label={t('plan.afspraak.fase')}
          value={afspraak.fase}
          options={faseOptions(t)}
          readOnly={!canEdit}
          onChange={(v) => v !== '' && update({ fase: v })}
        />
        <SelectField
          label={t('plan.afspraak.doel')}
          value={afspraak.veiligheidsdoelId ?? ''}
          options={doelen}
          emptyLabel={t('plan.afspraak.geenDoel')}
          readOnly={!canEdit}
          onChange={(v) => update({ veiligheidsdoelId: v === '' ? undefined : v })}
        />
      </div>
      {canEdit && (
        <details className="tafel-plan__wijzig" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('plan.afspraak.wieWijzigen', { naam })}</summary>
          {open && (
            <div className="tafel-plan__velden">
              <CheckboxGroup
                legend={t('plan.afspraak.wie')}
                options={actors}
                selected={afspraak.wie}
                emptyText={t('plan.wie.leeg')}
                onChange={(wie) => update({ wie })}
              />
              <CheckboxGroup
                legend={t('plan.afspraak.controle')}
                options={actors}
                selected={afspraak.controleDoor}
                emptyText={t('plan.wie.leeg')}
                onChange={(controleDoor) => update({ controleDoor })}
              />
            </div>
          )}
        </details>
      )}
      <RemoveButton label={t('plan.afspraak.remove', { naam })} hidden={!canEdit} onRemove={() => write(() => model.afspraken.remove(afspraak.id))} />
    </article>
  );
});
