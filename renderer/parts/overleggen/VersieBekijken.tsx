/**
 * An agreed version reopened read-only: its plan (and, when agreed in an overleg, its verslag) as
 * it was agreed, whether the stored content still matches its fingerprint, and its exports; a
 * withdrawn one says so first, with who withdrew it, when and why.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { fingerprintForPeople, openAgreedVersion, verifyAgreedVersion, type AgreedVersion, type ExportDocument } from '../../../shared/export/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { exportDocument } from '../../export/exportDocument.js';
import { exportFout } from './exportFout.js';
import { Exporteren } from './Exporteren.js';
import { standaardOntvanger } from './ontvanger.js';
import { VersieIntrekken } from './VersieIntrekken.js';
import { useNamen } from './overlegNamen.js';
import { momentInWoorden } from '../../i18n/dagen.js';

export function VersieBekijken({ versieId, onSluiten }: { readonly versieId: string; onSluiten(): void }) {
  const t = useT();
  const locale = useLocale();
  const { model, viewer, canEdit } = useWorkspace();
  const namen = useNamen();
  const headingId = useId();
  // Re-read when the version is withdrawn (here or on another device).
  const ingetrokkenOp = usePart(
    { soort: 'collectie', naam: 'versies' },
    useCallback((m) => m.versies.get(versieId)?.ingetrokkenOp ?? null, [versieId]),
  );
  const geopend = useMemo((): { versie: AgreedVersion; plan: ExportDocument | undefined; verslag: ExportDocument | undefined } | { fout: string } => {
    try {
      const versie = openAgreedVersion(model, versieId);
      const ontvangerOrgId = standaardOntvanger(versie, viewer.orgId);
      return {
        versie,
        plan: exportDocument(versie, { soort: 'plan', ontvangerOrgId }, viewer),
        verslag: exportDocument(versie, { soort: 'verslag', ontvangerOrgId }, viewer),
      };
    } catch (caught) {
      return { fout: exportFout(t, caught) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ingetrokkenOp stands for the version record
  }, [model, versieId, viewer, t, ingetrokkenOp]);
  const [intact, setIntact] = useState<boolean | null>(null);
  const versie = 'versie' in geopend ? geopend.versie : undefined;
  useEffect(() => {
    if (versie === undefined) return;
    let actief = true;
    void verifyAgreedVersion(versie, window.crypto.subtle).then((ok) => actief && setIntact(ok));
    return () => {
      actief = false;
    };
  }, [versie]);
  const titel =
    versie === undefined ? t('overleggen.versie.titelOnbekend') : t('overleggen.versie.titel', { op: momentInWoorden(locale, versie.vastgesteldOp) });
  return (
    <section className="tafel-versie" aria-labelledby={headingId}>
      <div className="tafel-overleg__kop">
        <h4 id={headingId} className="utrecht-heading-4">
          {titel}
        </h4>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onSluiten}>
          {t('overleggen.versie.sluiten', { titel })}
        </button>
      </div>
      {'fout' in geopend ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{geopend.fout}</p>
        </div>
      ) : (
        <>
          {/* First thing under the title: whoever opens a withdrawn version must not take it for valid. */}
          {geopend.versie.ingetrokken !== undefined && (
            <div className="utrecht-alert utrecht-alert--warning tafel-versie__ingetrokken" role="status">
              <h5 className="utrecht-heading-5">{t('overleggen.intrekken.notitieKop')}</h5>
              <p className="utrecht-paragraph">
                {t('overleggen.intrekken.ingetrokken', {
                  op: momentInWoorden(locale, geopend.versie.ingetrokken.op),
                  naam: geopend.versie.ingetrokken.door === undefined ? t('overleggen.onbekend') : namen.persoon(geopend.versie.ingetrokken.door),
                  reden: geopend.versie.ingetrokken.reden,
                })}
              </p>
              <p className="utrecht-paragraph">{t('overleggen.intrekken.geenExport')}</p>
            </div>
          )}
          <p className="utrecht-paragraph">
            {t('overleggen.versie.vingerafdruk')} <span className="tafel-versies__vingerafdruk">{fingerprintForPeople(geopend.versie.vingerafdruk)}</span>
          </p>
          <p className="utrecht-paragraph" role="status">
            {intact === null ? t('overleggen.versie.controleren') : intact ? t('overleggen.versie.intact') : t('overleggen.versie.nietIntact')}
          </p>
          {geopend.versie.ingetrokken === undefined && (
            <>
              <Exporteren versie={geopend.versie} />
              {canEdit && viewer.rollen.includes('voorzitter') && <VersieIntrekken versieId={geopend.versie.id} />}
            </>
          )}
          {geopend.plan !== undefined && <AlleenLezen document={geopend.plan} />}
          {geopend.verslag !== undefined && <AlleenLezen document={geopend.verslag} />}
        </>
      )}
    </section>
  );
}

/** An agreed document as text, read-only: the same structure every export writes. */
function AlleenLezen({ document }: { readonly document: ExportDocument }) {
  const t = useT();
  return (
    <details className="tafel-versie__inhoud">
      <summary>{t('overleggen.versie.inhoud', { titel: document.titel })}</summary>
      {document.secties.map((sectie, i) => (
        <section key={i} className="tafel-versie__sectie">
          <h5 className="utrecht-heading-5">{sectie.titel}</h5>
          {sectie.blokken.map((blok, j) => {
            switch (blok.soort) {
              case 'kop':
                return (
                  <h6 key={j} className="utrecht-heading-6">
                    {blok.tekst}
                  </h6>
                );
              case 'alinea':
                return (
                  <p key={j} className="utrecht-paragraph">
                    {blok.tekst}
                  </p>
                );
              case 'lijst':
                return (
                  <ul key={j} className="utrecht-unordered-list">
                    {blok.items.map((item, k) => (
                      <li key={k}>{item}</li>
                    ))}
                  </ul>
                );
              case 'velden':
                return (
                  <dl key={j} className="tafel-overleg__velden">
                    {blok.velden.map(([label, waarde], k) => (
                      <div key={k}>
                        <dt>{label}</dt>
                        <dd>{waarde}</dd>
                      </div>
                    ))}
                  </dl>
                );
            }
          })}
        </section>
      ))}
    </details>
  );
}
