/**
 * "Vaststellen": the chair freezes the analysis, gezinsprofiel, plan and this meeting's verslag
 * as an agreed version (docs/exports.md), after a confirmation that says what is frozen and lists
 * what is still open, each with a link (VaststellenBevestiging, shared/export openPunten.ts);
 * agreeing with items open needs a reason, which the version records. Only the voorzitter sees
 * the button; the core refuses anyone else as well. Undo does not reach it: the undo history is
 * cleared afterwards, because undoing would remove the version record but not its stored content.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { fingerprintForPeople, openPunten, vaststellen, type OpenPunt } from '../../../shared/export/index.js';
import { ModelError } from '../../../shared/model/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { exportFout } from './exportFout.js';
import { useIsVoorzitter } from './leiding.js';
import { VaststellenBevestiging } from './VaststellenBevestiging.js';
import { vaststellenOverzicht } from './vaststellenOverzicht.js';
import { vandaag } from '../../i18n/dagen.js';
import { useOpenCase } from '../../store/index.js';

export function Vaststellen({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { model, canEdit, viewer, undo } = useWorkspace();
  const aanwezigheid = useCollection('aanwezigheid');
  const besluiten = useCollection('besluiten');
  const actiepunten = useCollection('actiepunten');
  const voorzitter = useIsVoorzitter();
  const gaNaar = useOpenCase((s) => s.gaNaar);
  const headingId = useId();
  const knop = useRef<HTMLButtonElement>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const [punten, setPunten] = useState<readonly OpenPunt[]>([]);
  const naarPunt = useRef<OpenPunt | null>(null);
  const leesOpenPunten = (): OpenPunt[] => openPunten({ model, overlegId, vandaag: vandaag(), viewer });
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<{ readonly fout: boolean; readonly tekst: string } | null>(null);
  const overzicht = useMemo(() => vaststellenOverzicht(overlegId, { aanwezigheid, besluiten, actiepunten }), [overlegId, aanwezigheid, besluiten, actiepunten]);
  const aanwezigen = overzicht.aanwezigen;
  const stelVast = async (reden: string | undefined): Promise<void> => {
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
        // Read again now: what was open when the dialog opened may have been settled meanwhile.
        ...(reden === undefined ? {} : { openPunten: leesOpenPunten(), tochReden: reden }),
      });
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
            onClick={() => {
              if (bezig) return;
              setPunten(leesOpenPunten());
              setBevestigen(true);
            }}
          >
            {t('overleggen.vaststellen.knop')}
          </button>
          <VaststellenBevestiging
            open={bevestigen}
            overzicht={overzicht}
            openPunten={punten}
            onBevestigd={(reden) => void stelVast(reden)}
            onNaarPunt={(p) => (naarPunt.current = p)}
            onGesloten={() => {
              setBevestigen(false);
              const p = naarPunt.current;
              naarPunt.current = null;
              // A link goes to the open item (in this part or another); otherwise focus returns to the button.
              if (p !== null) gaNaar(p.part, p.doelId);
              else knop.current?.focus();
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
