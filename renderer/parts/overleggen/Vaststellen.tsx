/**
 * "Vaststellen": the chair freezes the analysis, gezinsprofiel, plan and this meeting's verslag
 * as an agreed version (docs/exports.md). Only the voorzitter sees the button; the core refuses
 * anyone else as well. Undo does not reach it: the undo history is cleared afterwards, because
 * undoing would remove the version record but not its stored content (use removal instead).
 */
import { useId, useState } from 'react';
import { fingerprintForPeople, vaststellen } from '../../../shared/export/index.js';
import { ModelError } from '../../../shared/model/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { exportFout } from './exportFout.js';

/** True if this user chairs the case: relay role admin or the case role voorzitter. */
export function useIsVoorzitter(): boolean {
  const { user, viewer } = useWorkspace();
  return user.role === 'admin' || viewer.rollen.includes('voorzitter');
}

export function Vaststellen({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { model, canEdit, viewer, undo } = useWorkspace();
  const aanwezigheid = useCollection('aanwezigheid');
  const voorzitter = useIsVoorzitter();
  const headingId = useId();
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<{ readonly fout: boolean; readonly tekst: string } | null>(null);
  const aanwezigen = aanwezigheid.filter((a) => a.overlegId === overlegId && a.aanwezig === 'aanwezig').map((a) => a.wie);
  const stelVast = async (): Promise<void> => {
    setBezig(true);
    setMelding(null);
    try {
      const versie = await vaststellen(model, { voorzitterId: viewer.deelnemerId, aanwezigen, op: new Date().toISOString(), overlegId, subtle: window.crypto.subtle });
      model.overleggen.update(overlegId, { status: 'vastgesteld' });
      undo.clear();
      setMelding({ fout: false, tekst: t('overleggen.vaststellen.klaar', { vingerafdruk: fingerprintForPeople(versie.vingerafdruk) }) });
    } catch (caught) {
      setMelding({ fout: true, tekst: caught instanceof ModelError ? t('fields.error.invalid') : exportFout(t, caught) });
    } finally {
      setBezig(false);
    }
  };
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.vaststellen.heading')}
      </h4>
      <p className="utrecht-paragraph">{t('overleggen.vaststellen.uitleg')}</p>
      {canEdit && voorzitter ? (
        <>
          {aanwezigen.length === 0 && <p className="utrecht-paragraph tafel-empty">{t('overleggen.vaststellen.geenAanwezigen')}</p>}
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={() => void stelVast()}>
            {t('overleggen.vaststellen.knop')}
          </button>
        </>
      ) : (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.vaststellen.alleenVoorzitter')}</p>
      )}
      <div role="status" className="tafel-overleg__melding">
        {melding !== null && !melding.fout && <p className="utrecht-paragraph">{melding.tekst}</p>}
      </div>
      {melding !== null && melding.fout && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </div>
      )}
    </section>
  );
}
