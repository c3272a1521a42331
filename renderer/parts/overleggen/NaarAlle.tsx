/**
 * "Naar alle organisaties aan tafel": one action makes, for every organisation with a deciding
 * deelnemer, its own extract in the chosen formats, each watermarked for its recipient — one new
 * folder on the desktop, one zip in the browser — and logs every file as a single export would.
 */
import { useId, useMemo, useState } from 'react';
import { ExportError, organisatiesAanTafel, type AgreedVersion } from '../../../shared/export/index.js';
import { CheckboxGroup } from '../../editors/fields/index.js';
import { useHost } from '../../host/hostContext.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useOpenSession } from '../../store/index.js';
import type { UiFormaat } from '../../export/exportDocument.js';
import { recordExport } from '../../export/deviceExportLog.js';
import { naarAlleOrganisaties } from '../../export/runExport.js';
import { exportFout } from './exportFout.js';

const FORMATEN: readonly UiFormaat[] = ['pdf', 'docx', 'markdown'];

type Stand = { readonly soort: 'rust' } | { readonly soort: 'bezig' } | { readonly soort: 'klaar' | 'fout'; readonly tekst: string };

export function NaarAlle({ versie }: { readonly versie: AgreedVersion }) {
  const t = useT();
  const host = useHost();
  const { viewer, room } = useWorkspace();
  const session = useOpenSession((s) => s.session);
  const headingId = useId();
  const [formaten, setFormaten] = useState<UiFormaat[]>(['pdf']);
  const [stand, setStand] = useState<Stand>({ soort: 'rust' });
  const organisaties = useMemo(() => organisatiesAanTafel(versie), [versie]);
  if (organisaties.length === 0) return null;
  const maak = async (): Promise<void> => {
    if (formaten.length === 0) return setStand({ soort: 'fout', tekst: t('overleggen.export.alle.kiesFormaat') });
    setStand({ soort: 'bezig' });
    try {
      const gekozen = FORMATEN.filter((f) => formaten.includes(f));
      const uitkomst = await naarAlleOrganisaties(host, versie, gekozen, viewer);
      if (uitkomst.ok) {
        for (const regel of uitkomst.regels) recordExport(room, regel, session);
        setStand({ soort: 'klaar', tekst: t('overleggen.export.alle.klaar', { aantal: uitkomst.regels.length, bestand: uitkomst.fileName }) });
      } else if (uitkomst.reden === 'geannuleerd') {
        setStand({ soort: 'rust' });
      } else {
        setStand({ soort: 'fout', tekst: uitkomst.hostFout?.message ?? t('overleggen.export.mislukt') });
      }
    } catch (caught) {
      setStand({ soort: 'fout', tekst: caught instanceof ExportError ? exportFout(t, caught) : t('overleggen.export.mislukt') });
    }
  };
  return (
    <section className="tafel-export__alle" aria-labelledby={headingId}>
      <h6 id={headingId} className="utrecht-heading-6">
        {t('overleggen.export.alle.heading')}
      </h6>
      <p className="utrecht-paragraph">{t('overleggen.export.alle.uitleg', { organisaties: organisaties.map((o) => o.naam).join(', ') })}</p>
      <CheckboxGroup<UiFormaat>
        legend={t('overleggen.export.alle.formaten')}
        options={FORMATEN.map((f) => ({ value: f, label: t(`overleggen.export.formaat.${f}`) }))}
        selected={formaten}
        emptyText=""
        onChange={setFormaten}
      />
      <p className="utrecht-paragraph tafel-item__kenmerken">
        {t(host.capabilities.saveDialog ? 'overleggen.export.alle.waarDesktop' : 'overleggen.export.alle.waarWeb')}
      </p>
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={stand.soort === 'bezig'}
        onClick={() => stand.soort !== 'bezig' && void maak()}
      >
        {t('overleggen.export.alle.knop', { aantal: organisaties.length })}
      </button>
      <div role="status" className="tafel-export__stand">
        {stand.soort === 'bezig' && (
          <p className="utrecht-paragraph">
            <progress className="tafel-export__voortgang" aria-label={t('overleggen.export.bezig')} /> {t('overleggen.export.bezig')}
          </p>
        )}
        {stand.soort === 'klaar' && <p className="utrecht-paragraph">{stand.tekst}</p>}
      </div>
      {stand.soort === 'fout' && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{stand.tekst}</p>
        </div>
      )}
    </section>
  );
}
