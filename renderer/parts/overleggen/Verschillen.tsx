/**
 * What changed between two agreed versions, in the sentences the export core writes
 * ("Afspraak 3: wanneer gewijzigd van … naar …"). Restricted values are named only for viewers
 * who may see them (the core decides).
 */
import { useId, useState } from 'react';
import { diffAgreedVersions, openAgreedVersion, type AgreedVersionSummary, type Wijziging } from '../../../shared/export/index.js';
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { CaseModel, Viewer } from '../../../shared/model/index.js';
import { SelectField } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { exportFout } from './exportFout.js';
import { momentInWoorden } from '../../i18n/dagen.js';

type Uitkomst = { readonly wijzigingen: Wijziging[] } | { readonly fout: string } | null;

function vergelijk(t: Translate, model: CaseModel, van: string, naar: string, viewer: Viewer): Uitkomst {
  if (van === '' || naar === '' || van === naar) return null;
  try {
    return { wijzigingen: diffAgreedVersions(openAgreedVersion(model, van), openAgreedVersion(model, naar), { viewer }) };
  } catch (caught) {
    return { fout: exportFout(t, caught) };
  }
}

export function Verschillen({ versies }: { readonly versies: readonly AgreedVersionSummary[] }) {
  const t = useT();
  const locale = useLocale();
  const { model, viewer } = useWorkspace();
  const headingId = useId();
  const leesbaar = versies.filter((v) => v.inhoudAanwezig).map((v) => v.versie);
  const [vanId, setVanId] = useState('');
  const [naarId, setNaarId] = useState('');
  const van = vanId !== '' ? vanId : (leesbaar.at(-2)?.id ?? '');
  const naar = naarId !== '' ? naarId : (leesbaar.at(-1)?.id ?? '');
  const uitkomst = vergelijk(t, model, van, naar, viewer);
  if (leesbaar.length < 2) return null;
  const opties = leesbaar.map((v) => ({ value: v.id, label: momentInWoorden(locale, v.vastgesteldOp) }));
  return (
    <section className="tafel-verschillen" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.diff.heading')}
      </h4>
      <div className="tafel-velden">
        <SelectField label={t('overleggen.diff.van')} value={van} options={opties} onChange={setVanId} />
        <SelectField label={t('overleggen.diff.naar')} value={naar} options={opties} onChange={setNaarId} />
      </div>
      {uitkomst === null ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.diff.kies')}</p>
      ) : 'fout' in uitkomst ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{uitkomst.fout}</p>
        </div>
      ) : uitkomst.wijzigingen.length === 0 ? (
        <p className="utrecht-paragraph">{t('overleggen.diff.geen')}</p>
      ) : (
        <ul className="utrecht-unordered-list tafel-verschillen__lijst" aria-label={t('overleggen.diff.lijst')}>
          {uitkomst.wijzigingen.map((w, i) => (
            <li key={`${w.id}-${i}`}>{w.zin}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
