/**
 * The verslag of the meeting as it is written: the samenvatting and the weging en kwalificatie,
 * co-edited as rich text (the verslag export and "Vaststellen" take them from here).
 */
import { useId, useMemo } from 'react';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

export function Verslag({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const headingId = useId();
  const samenvatting = useMemo(() => model.overleggen.fragment(overlegId, 'verslag'), [model, overlegId]);
  const weging = useMemo(() => model.overleggen.fragment(overlegId, 'wegingEnKwalificatie'), [model, overlegId]);
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.verslag.heading')}
      </h4>
      <RichTextEditor
        fragment={samenvatting}
        label={t('overleggen.verslag.samenvatting')}
        visibleLabel={t('overleggen.verslag.samenvatting')}
        placeholder={t('overleggen.verslag.samenvattingLeeg')}
        readOnly={!canEdit}
        headingLevel={5}
      />
      <RichTextEditor
        fragment={weging}
        label={t('overleggen.verslag.weging')}
        visibleLabel={t('overleggen.verslag.weging')}
        placeholder={t('overleggen.verslag.wegingLeeg')}
        readOnly={!canEdit}
        headingLevel={5}
      />
    </section>
  );
}
