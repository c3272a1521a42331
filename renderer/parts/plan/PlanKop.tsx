/** The plan itself: its title, kind and status, and the dates on which the meeting evaluates it. */
import { useId, useState } from 'react';
import { DraftField, RemoveButton, SelectField, TextField, useWrite, WriteError } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { planStatusOptions, planTypeOptions } from './options.js';
import type { PlanZonderTekst } from './readers.js';
import { dagInWoorden, vandaag } from '../../i18n/dagen.js';

export function PlanKop({ plan }: { readonly plan: PlanZonderTekst }) {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const { write, error } = useWrite();
  const headingId = useId();
  const evaluatieId = useId();
  const [nieuweDatum, setNieuweDatum] = useState('');
  const update = (patch: Parameters<typeof model.plannen.update>[1]): void => {
    write(() => model.plannen.update(plan.id, patch));
  };
  const momenten = [...plan.evaluatieMomenten].sort();
  const volgende = momenten.find((d) => d >= vandaag());
  return (
    <section className="tafel-plan__kop" aria-labelledby={headingId} data-doel={plan.id}>
      <h3 id={headingId} className="utrecht-heading-3">
        {plan.titel}
      </h3>
      <div className="tafel-plan__velden">
        <TextField label={t('plan.titel')} value={plan.titel} required readOnly={!canEdit} onCommit={(v) => v.trim() !== '' && update({ titel: v.trim() })} />
        <SelectField
          label={t('plan.soort')}
          value={plan.type}
          options={planTypeOptions(t)}
          readOnly={!canEdit}
          onChange={(v) => v !== '' && update({ type: v })}
        />
        <SelectField
          label={t('plan.planStatus')}
          value={plan.status}
          options={planStatusOptions(t)}
          readOnly={!canEdit}
          onChange={(v) => v !== '' && update({ status: v })}
        />
      </div>
      <h4 id={evaluatieId} className="utrecht-heading-4">
        {t('plan.evaluatie.heading')}
      </h4>
      <p className="utrecht-paragraph">
        {momenten.length === 0
          ? t('plan.evaluatie.empty')
          : volgende === undefined
            ? t('plan.evaluatie.allesVoorbij')
            : t('plan.evaluatie.volgende', { datum: dagInWoorden(locale, volgende) })}
      </p>
      {momenten.length > 0 && (
        <ul className="tafel-plan__momenten" aria-labelledby={evaluatieId}>
          {momenten.map((datum) => (
            <li key={datum}>
              <span>{dagInWoorden(locale, datum)}</span>{' '}
              <RemoveButton
                label={t('plan.evaluatie.remove', { datum: dagInWoorden(locale, datum) })}
                hidden={!canEdit}
                onRemove={() => update({ evaluatieMomenten: plan.evaluatieMomenten.filter((d) => d !== datum) })}
              />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="tafel-plan__inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (nieuweDatum === '' || plan.evaluatieMomenten.includes(nieuweDatum)) return;
            update({ evaluatieMomenten: [...plan.evaluatieMomenten, nieuweDatum] });
            setNieuweDatum('');
          }}
        >
          <DraftField label={t('plan.evaluatie.datum')} type="date" value={nieuweDatum} onChange={setNieuweDatum} />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('plan.evaluatie.add')}
          </button>
        </form>
      )}
      <WriteError error={error} />
    </section>
  );
}
