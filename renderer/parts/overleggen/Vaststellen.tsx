/**
 * "Vaststellen": the chair freezes the analysis, gezinsprofiel, plan and this meeting's verslag
 * as an agreed version (docs/exports.md), after a confirmation that says what is frozen and who at
 * the table has not acknowledged confidentiality (VaststellenBevestiging). Only the voorzitter sees
 * the button; the core refuses anyone else as well. Undo does not reach it: the undo history is cleared afterwards, because
 * undoing would remove the version record but not its stored content (use removal instead).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { fingerprintForPeople, vaststellen } from '../../../shared/export/index.js';
import { ModelError } from '../../../shared/model/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { exportFout } from './exportFout.js';
import { useIsVoorzitter } from './leiding.js';
import { useNamen } from './overlegNamen.js';
import { VaststellenBevestiging } from './VaststellenBevestiging.js';
import { vaststellenOverzicht } from './vaststellenOverzicht.js';

export function Vaststellen({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { model, canEdit, viewer, undo } = useWorkspace();
  const aanwezigheid = useCollection('aanwezigheid');
  const besluiten = useCollection('besluiten');
  const actiepunten = useCollection('actiepunten');
  const namen = useNamen();
  const voorzitter = useIsVoorzitter();
  const headingId = useId();
  const knop = useRef<HTMLButtonElement>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<{ readonly fout: boolean; readonly tekst: string } | null>(null);
  const overzicht = useMemo(() => vaststellenOverzicht(overlegId, { aanwezigheid, besluiten, actiepunten }), [overlegId, aanwezigheid, besluiten, actiepunten]);
  const aanwezigen = overzicht.aanwezigen;
  const stelVast = async (): Promise<void> => {
    if (bezig) return;
    setBezig(true);
    setMelding(null);
    try {
      const versie = await vaststellen(model, {
        voorzitterId: viewer.deelnemerId,
        aanwezigen,
        op: new Date().toISOString(),
        overlegId,
        subtle: window.crypto.subtle,
      });
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
          {/* aria-disabled, not disabled: a disabled button would drop the focus it just got back from the dialog. */}
          <button
            ref={knop}
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            aria-haspopup="dialog"
            aria-disabled={bezig}
            onClick={() => !bezig && setBevestigen(true)}
          >
            {t('overleggen.vaststellen.knop')}
          </button>
          <VaststellenBevestiging
            open={bevestigen}
            overzicht={overzicht}
            namen={namen}
            onBevestigd={() => void stelVast()}
            onGesloten={() => {
              setBevestigen(false);
              knop.current?.focus();
            }}
          />
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
