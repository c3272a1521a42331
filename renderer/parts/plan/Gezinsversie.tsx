/** The plan in the family's own words: plain language a child can follow, typed together. */
import { useId, useMemo } from 'react';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

export function Gezinsversie({ planId }: { readonly planId: string }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const uitlegId = useId();
  const fragment = useMemo(() => model.plannen.fragment(planId, 'gezinsVersie'), [model, planId]);
  return (
    <section className="tafel-plan__gezinsversie" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('plan.gezinsversie.heading')}
      </h3>
      <p id={uitlegId} className="utrecht-paragraph tafel-plan__uitleg">
        {t('plan.gezinsversie.uitleg')}
      </p>
      <RichTextEditor
        fragment={fragment}
        label={t('plan.gezinsversie.heading')}
        describedBy={uitlegId}
        placeholder={t('plan.gezinsversie.placeholder')}
        readOnly={!canEdit}
        headingLevel={4}
      />
    </section>
  );
}
