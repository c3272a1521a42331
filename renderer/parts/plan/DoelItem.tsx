/** One veiligheidsdoel (rich text, typed together), how long it must hold, and its afspraken. */
import { memo, useId, useMemo, useState } from 'react';
import { RemoveButton, TextField, type SelectOption, type Write } from '../../editors/fields/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { AfspraakItem } from './AfspraakItem.js';
import { NieuweAfspraak } from './NieuweAfspraak.js';
import type { AfspraakZonderTekst, DoelZonderTekst } from './readers.js';

export interface DoelItemProps {
  readonly doel: DoelZonderTekst;
  readonly planId: string;
  /** "Doel 1.2" */
  readonly naam: string;
  /** "1.2": zorg and doel number, the start of its afspraken' numbers. */
  readonly code: string;
  readonly afspraken: readonly AfspraakZonderTekst[];
  readonly actors: readonly SelectOption<string>[];
  readonly doelen: readonly SelectOption<string>[];
  readonly write: Write;
}

export const DoelItem = memo(function DoelItem({ doel, planId, naam, code, afspraken, actors, doelen, write }: DoelItemProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const fragment = useMemo(() => model.veiligheidsdoelen.fragment(doel.id, 'doel'), [model, doel.id]);
  return (
    <article className="tafel-plan__doel" aria-labelledby={headingId}>
      <h5 className="utrecht-heading-5" id={headingId}>
        {naam}
      </h5>
      <RichTextEditor
        fragment={fragment}
        label={t('plan.doel.tekstVan', { naam })}
        placeholder={t('plan.doel.placeholder')}
        readOnly={!canEdit}
        headingLevel={6}
      />
      <TextField
        label={t('plan.doel.hoeLang')}
        value={doel.hoeLangVolhouden ?? ''}
        readOnly={!canEdit}
        onCommit={(v) => write(() => model.veiligheidsdoelen.update(doel.id, { hoeLangVolhouden: v.trim() === '' ? undefined : v.trim() }))}
      />
      {afspraken.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('plan.doel.geenAfspraken')}</p>
      ) : (
        <ul className="tafel-plan__afspraken">
          {afspraken.map((a, i) => (
            <li key={a.id}>
              <AfspraakItem
                afspraak={a}
                naam={t('plan.afspraak.naam', { doel: code, nummer: i + 1 })}
                level={6}
                actors={actors}
                doelen={doelen}
                write={write}
              />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <details className="tafel-plan__toevoegen" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          {/* A button people find, not a small link: adding an afspraak is the plan's main action. */}
          <summary className="utrecht-button utrecht-button--secondary-action tafel-plan__toevoegen-knop">
            {t('plan.afspraak.toevoegenBij', { doel: naam })}
          </summary>
          {open && <NieuweAfspraak planId={planId} doelId={doel.id} doelNaam={naam} actors={actors} />}
        </details>
      )}
      <RemoveButton label={t('plan.doel.remove', { naam })} hidden={!canEdit} onRemove={() => write(() => model.veiligheidsdoelen.remove(doel.id))} />
    </article>
  );
});
