/**
 * "Open voorstellen" in an overleg, under its agenda: per text of the analysis and the plan how
 * many proposals wait and whose they are, with a way to the text (where the chair decides), and
 * the Word werkversie with the proposals as tracked changes for whoever prepares the meeting.
 */
import { useId, useState } from 'react';
import { herkomstVanVoorstel } from '../../../shared/model/index.js';
import { useHost } from '../../host/hostContext.js';
import { recordExport } from '../../export/deviceExportLog.js';
import { useT } from '../../i18n/useT.js';
import { useOpenSession } from '../../store/index.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { gaNaarPlek, plekNaam, useOpenVoorstellen } from './openVoorstellen.js';
import { exporteerWerkversie } from './werkversieExport.js';
import '../../styles/parts/voorstellen.css';

export function OpenVoorstellen() {
  const t = useT();
  const host = useHost();
  const { model, viewer, room, canEdit } = useWorkspace();
  const session = useOpenSession((s) => s.session);
  const lijst = useOpenVoorstellen();
  const headingId = useId();
  const [melding, setMelding] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  const namenVan = (ids: readonly string[]): string => {
    const auteurs = [...new Set(ids.map((id) => herkomstVanVoorstel(id)?.auteurId ?? ''))];
    return auteurs.map((a) => model.deelnemers.get(a)?.naam ?? t('voorstellen.onbekend')).join(', ');
  };

  const exporteer = async (): Promise<void> => {
    setBezig(true);
    try {
      const uitkomst = await exporteerWerkversie(host, model, viewer);
      if (uitkomst.ok) {
        recordExport(room, uitkomst.regel, session);
        setMelding(t('voorstellen.export.klaar', { bestand: uitkomst.fileName }));
      } else setMelding(uitkomst.geannuleerd ? null : t('voorstellen.export.mislukt'));
    } catch {
      setMelding(t('voorstellen.export.mislukt'));
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="tafel-overleg__onderdeel tafel-open-voorstellen" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('voorstellen.open.kop')}
      </h4>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('voorstellen.open.leeg')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('voorstellen.open.uitleg')}</p>
          <ul className="tafel-open-voorstellen__lijst">
            {lijst.map(({ plek, voorstellen }) => {
              const naam = plekNaam(model, t, plek);
              return (
                <li key={`${plek.soort}:${plek.id}`}>
                  <button
                    type="button"
                    className="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline tafel-open-voorstellen__naar"
                    aria-label={t('voorstellen.open.naar', { plek: naam })}
                    onClick={() => gaNaarPlek(plek)}
                  >
                    {naam}
                  </button>
                  : {t('voorstellen.open.regel', { aantal: voorstellen.length, namen: namenVan(voorstellen.map((v) => v.id)) })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {canEdit && (
        <>
          <p className="utrecht-paragraph tafel-open-voorstellen__uitleg">{t('voorstellen.export.uitleg')}</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => void exporteer()}>
            {t('voorstellen.export.knop')}
          </button>
        </>
      )}
      <p className="utrecht-paragraph" role="status">
        {melding ?? ''}
      </p>
    </section>
  );
}
