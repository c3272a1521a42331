/**
 * For the chair at an overleg: the open threads of every part, and per thread "Op de agenda" or
 * "Als besluit" for the current overleg. Shown in the thread panel of the overleggen part.
 */
import { useId, useMemo, useState } from 'react';
import type { DraadWeergave } from '../../../shared/annotaties/index.js';
import { useT } from '../../i18n/useT.js';
import { PART_IDS, type PartId } from '../../workspace/partIds.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { alsBesluit, huidigOverleg, openbareTekst, zetOpAgenda } from './agenda.js';
import { doelNaam, heeftDoelen, hoortBijPart, useDoelNamer } from './doelen.js';
import { useNamen } from './namen.js';

export function OpenDraden({ draden }: { readonly draden: readonly DraadWeergave[] }) {
  const t = useT();
  const naamVanDoel = useDoelNamer();
  const { model } = useWorkspace();
  const namen = useNamen();
  const headingId = useId();
  const [melding, setMelding] = useState<string | null>(null);
  const overleg = huidigOverleg(model);
  const perPart = useMemo(
    () =>
      PART_IDS.filter((p) => p !== 'overleggen' && heeftDoelen(p))
        .map((part) => ({ part, open: draden.filter((d) => d.status === 'open' && hoortBijPart(model, part, d.doelId)) }))
        .filter((g) => g.open.length > 0),
    [draden, model],
  );

  const regel = (d: DraadWeergave, part: PartId): string => {
    const soort = t(`annotaties.soort.${d.soort}`);
    const naam = namen.deelnemer(d.door);
    const doel = doelNaam(model, part, d.doelId, naamVanDoel) ?? t('annotaties.onbekend');
    const tekst = openbareTekst(d);
    return tekst === null ? t('annotaties.overleg.regelAfgeschermd', { soort, naam, doel }) : t('annotaties.overleg.regel', { soort, naam, doel, tekst });
  };

  return (
    <section className="tafel-annotaties__overleg" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('annotaties.overleg.heading')}
      </h4>
      {overleg === undefined && <p className="utrecht-paragraph tafel-annotaties__hint">{t('annotaties.overleg.geenOverleg')}</p>}
      {perPart.length === 0 ? (
        <p className="utrecht-paragraph">{t('annotaties.overleg.geen')}</p>
      ) : (
        perPart.map(({ part, open }) => (
          <div key={part}>
            <p className="utrecht-paragraph tafel-annotaties__part">
              {t('annotaties.overleg.part', { part: t(`workspace.part.${part}`), aantal: open.length })}
            </p>
            <ul className="tafel-annotaties__overleg-lijst">
              {open.map((d) => {
                const line = regel(d, part);
                return (
                  <li key={d.id}>
                    <p className="utrecht-paragraph">{line}</p>
                    {overleg !== undefined && (
                      <div className="tafel-draad__acties">
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t('annotaties.overleg.opAgendaLabel', { regel: line })}
                          onClick={() => {
                            zetOpAgenda(model, overleg.id, line);
                            setMelding(t('annotaties.overleg.opAgendaGedaan'));
                          }}
                        >
                          {t('annotaties.overleg.opAgenda')}
                        </button>
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t('annotaties.overleg.besluitLabel', { regel: line })}
                          onClick={() => {
                            alsBesluit(model, overleg.id, line);
                            setMelding(t('annotaties.overleg.besluitGedaan'));
                          }}
                        >
                          {t('annotaties.overleg.besluit')}
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
      <p className="utrecht-paragraph" role="status">
        {melding}
      </p>
    </section>
  );
}
