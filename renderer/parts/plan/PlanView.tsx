/**
 * The veiligheidsplan part, in the order the meeting thinks: the zorgen, the veiligheidsdoel for
 * each, the afspraken that serve it (wie, wat, wanneer, wie controleert), then the bodemeisen,
 * signalen, noodcontacten and the netwerk's tasks, the plan in the family's words, and a quick
 * overview of all afspraken by date.
 */
import { useId, useState } from 'react';
import { SelectField, useWrite, WriteError } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { ProfielToets } from '../gezinsprofiel/ProfielToets.js';
import { AfsprakenOverzicht } from './AfsprakenOverzicht.js';
import { Gezinsversie } from './Gezinsversie.js';
import { NetwerkRollen } from './NetwerkRollen.js';
import { Noodcontacten } from './Noodcontacten.js';
import { PlanKop } from './PlanKop.js';
import { usePlannen } from './readers.js';
import { Signalen } from './Signalen.js';
import { Voorwaarden } from './Voorwaarden.js';
import { Zorgen } from './Zorgen.js';
import '../../styles/parts/plan.css';

/** The plan's own items the gezinsprofiel check reads (actiepunten and besluiten show in the Overleg). */
const PLAN_SOORTEN = ['afspraak', 'hulpverlening'] as const;

export function PlanView() {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const plannen = usePlannen();
  const { write, error } = useWrite();
  const [gekozen, setGekozen] = useState<string>('');
  const plan = plannen.find((p) => p.id === gekozen) ?? plannen[0];
  const headingId = useId();
  if (plan === undefined) {
    return (
      <section className="tafel-plan" aria-labelledby={headingId}>
        <h3 id={headingId} className="utrecht-heading-3">
          {t('plan.geenPlan.heading')}
        </h3>
        <p className="utrecht-paragraph tafel-empty">{t('plan.geenPlan.empty')}</p>
        <WriteError error={error} />
        {canEdit && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => write(() => model.plannen.add({ type: 'veiligheidsplan', titel: t('plan.geenPlan.titel') }))}
          >
            {t('plan.geenPlan.add')}
          </button>
        )}
      </section>
    );
  }
  return (
    <div className="tafel-plan">
      <p className="utrecht-paragraph tafel-plan__intro">{t('plan.intro')}</p>
      <ProfielToets soorten={PLAN_SOORTEN} metAccent kort />
      {plannen.length > 1 && (
        <SelectField
          label={t('plan.kies')}
          value={plan.id}
          options={plannen.map((p) => ({ value: p.id, label: p.titel }))}
          onChange={(v) => v !== '' && setGekozen(v)}
        />
      )}
      <PlanKop plan={plan} />
      <AfsprakenOverzicht planId={plan.id} />
      <Zorgen planId={plan.id} />
      <Voorwaarden planId={plan.id} />
      <Signalen planId={plan.id} />
      <Noodcontacten planId={plan.id} />
      <NetwerkRollen planId={plan.id} />
      <Gezinsversie planId={plan.id} />
    </div>
  );
}
