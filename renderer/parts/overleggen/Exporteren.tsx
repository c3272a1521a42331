/**
 * Exports of an agreed version: the plan, the verslag or one organisation's extract, for a
 * receiving organisation (the watermark names it), as Markdown, Word or PDF; or every
 * organisation's extract at once (NaarAlle). The desktop asks where to save; the browser
 * downloads. Word and PDF can take a moment: the user sees that it is busy. Each export is logged.
 */
import { useEffect, useId, useState } from 'react';
import { ExportError, type AgreedVersion, type ExportSoort } from '../../../shared/export/index.js';
import { SelectField } from '../../editors/fields/index.js';
import { useHost } from '../../host/hostContext.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useOpenSession } from '../../store/index.js';
import { loadExportLibraries, type UiFormaat } from '../../export/exportDocument.js';
import { recordExport, useExportLog } from '../../export/deviceExportLog.js';
import { runExport } from '../../export/runExport.js';
import { exportFout } from './exportFout.js';
import { NaarAlle } from './NaarAlle.js';
import { standaardOntvanger } from './ontvanger.js';
import { momentInWoorden } from '../../i18n/dagen.js';

const SOORTEN: readonly ExportSoort[] = ['plan', 'verslag', 'uittreksel'];
const FORMATEN: readonly UiFormaat[] = ['markdown', 'docx', 'pdf'];

type Stand =
  | { readonly soort: 'rust' }
  | { readonly soort: 'bezig' }
  | { readonly soort: 'klaar'; readonly tekst: string }
  | { readonly soort: 'fout'; readonly tekst: string };

export function Exporteren({ versie }: { readonly versie: AgreedVersion }) {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const { viewer, room } = useWorkspace();
  const headingId = useId();
  const [soort, setSoort] = useState<ExportSoort>('plan');
  const [ontvanger, setOntvanger] = useState(() => standaardOntvanger(versie, viewer.orgId));
  const [stand, setStand] = useState<Stand>({ soort: 'rust' });
  const log = useExportLog(room);
  const session = useOpenSession((s) => s.session);
  const metVerslag = versie.inhoud.overleg !== undefined;
  // Fetched now, while there may still be a network: a Word or PDF export later works offline too.
  useEffect(() => void loadExportLibraries().catch(() => undefined), []);
  const organisaties = versie.inhoud.namen.organisaties;
  const exporteer = async (formaat: UiFormaat): Promise<void> => {
    setStand({ soort: 'bezig' });
    try {
      const uitkomst = await runExport(host, versie, { soort, formaat, ontvangerOrgId: ontvanger }, viewer);
      if (uitkomst.ok) {
        for (const regel of uitkomst.regels) recordExport(room, regel, session);
        setStand({ soort: 'klaar', tekst: t('overleggen.export.klaar', { bestand: uitkomst.fileName }) });
      } else {
        setStand(
          uitkomst.reden === 'geannuleerd'
            ? { soort: 'rust' }
            : {
                soort: 'fout',
                tekst: uitkomst.reden === 'geen_verslag' ? t('overleggen.export.geenVerslag') : (uitkomst.hostFout?.message ?? t('overleggen.export.mislukt')),
              },
        );
      }
    } catch (caught) {
      // A refusal of the core says why; anything else (e.g. the Word module failed to load) is
      // said in general words, without details that could carry case content.
      setStand({ soort: 'fout', tekst: caught instanceof ExportError ? exportFout(t, caught) : t('overleggen.export.mislukt') });
    }
  };
  return (
    <section className="tafel-export" aria-labelledby={headingId}>
      <h5 id={headingId} className="utrecht-heading-5">
        {t('overleggen.export.heading')}
      </h5>
      <div className="tafel-velden">
        <SelectField<ExportSoort>
          label={t('overleggen.export.document')}
          value={soort}
          options={SOORTEN.filter((s) => s !== 'verslag' || metVerslag).map((s) => ({ value: s, label: t(`overleggen.export.soort.${s}`) }))}
          onChange={(v) => v !== '' && setSoort(v)}
        />
        <SelectField
          label={soort === 'uittreksel' ? t('overleggen.export.organisatie') : t('overleggen.export.ontvanger')}
          value={ontvanger}
          options={organisaties.map((o) => ({ value: o.id, label: o.naam }))}
          onChange={(v) => v !== '' && setOntvanger(v)}
        />
      </div>
      <p className="utrecht-paragraph tafel-item__kenmerken">{t('overleggen.export.watermerk')}</p>
      <div className="tafel-export__knoppen">
        {FORMATEN.map((formaat) => (
          <button
            key={formaat}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={stand.soort === 'bezig'}
            onClick={() => void exporteer(formaat)}
          >
            {t(`overleggen.export.formaat.${formaat}`)}
          </button>
        ))}
      </div>
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
      <NaarAlle versie={versie} />
      {log.length > 0 && (
        <details className="tafel-export__log">
          <summary>{t('overleggen.export.log', { aantal: log.length })}</summary>
          <p className="utrecht-paragraph tafel-item__kenmerken">{t('overleggen.export.logUitleg')}</p>
          <ul className="utrecht-unordered-list">
            {log.map(({ regel: r, relay }, i) => (
              <li key={i}>
                {t('overleggen.export.logRegel', {
                  op: momentInWoorden(locale, r.op),
                  soort: t(`overleggen.export.soort.${r.soort}`),
                  formaat: t(`overleggen.export.formaat.${r.formaat === 'html' ? 'pdf' : r.formaat}`),
                  ontvanger: organisaties.find((o) => o.id === r.ontvangerOrgId)?.naam ?? r.ontvangerOrgId,
                })}{' '}
                <span className="tafel-item__kenmerken">({t(`overleggen.export.relay.${relay}`)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
