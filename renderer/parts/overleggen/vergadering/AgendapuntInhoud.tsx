/**
 * What belongs to one agenda item in vergadermodus (koppeling.ts): the analysis section it names,
 * edited together as everywhere, with the threads on it; attendance for the opening; the review
 * of earlier actiepunten; a link to the part of the case it is about; and always the besluit being
 * formed and the actiepunten of this overleg.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { CaseModel } from '../../../../shared/model/index.js';
import { RichTextEditor } from '../../../editors/richText/index.js';
import { useT } from '../../../i18n/useT.js';
import { useOpenCase } from '../../../store/index.js';
import { isPartId } from '../../../workspace/partIds.js';
import { usePart, useWorkspace } from '../../../workspace/workspaceContext.js';
import { DraadKaart } from '../../annotaties/DraadKaart.js';
import { useAnnotatieStoreVanLaag } from '../../annotaties/AnnotatiesLaag.js';
import type { AnnotatieStore } from '../../annotaties/annotatieStore.js';
import { Aanwezigheid } from '../Aanwezigheid.js';
import { Actiepunten } from '../Actiepunten.js';
import { ActiepuntenReview } from '../ActiepuntenReview.js';
import { Besluiten } from '../Besluiten.js';
import type { OverlegKern } from '../overlegKern.js';
import { koppelAgendapunt } from './koppeling.js';

const readSecties = (model: CaseModel): Array<{ id: string; titel: string }> => model.analyse.secties().map((s) => ({ id: s.id, titel: s.titel }));

export function AgendapuntInhoud({ overleg, tekst }: { readonly overleg: OverlegKern; readonly tekst: string }) {
  const t = useT();
  const secties = usePart({ soort: 'collectie', naam: 'secties' }, readSecties);
  const koppeling = useMemo(() => koppelAgendapunt(tekst, secties), [tekst, secties]);
  const gaNaar = useOpenCase((s) => s.gaNaar);
  const setPart = useOpenCase((s) => s.setPart);
  const sectie = secties.find((s) => s.id === koppeling.sectieId);
  const part = koppeling.part !== undefined && isPartId(koppeling.part) ? koppeling.part : undefined;
  return (
    <div className="tafel-vergadermodus__inhoud">
      {sectie !== undefined && <SectieInVergadering sectieId={sectie.id} titel={sectie.titel} />}
      {koppeling.aanwezigheid && <Aanwezigheid overlegId={overleg.id} />}
      {koppeling.terugblik && <ActiepuntenReview overlegId={overleg.id} />}
      {(part !== undefined || sectie !== undefined) && (
        <p className="utrecht-paragraph">
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => (part === undefined && sectie !== undefined ? gaNaar('analyse', sectie.id) : part !== undefined && setPart(part))}
          >
            {t('overleggen.vergadering.open', { onderdeel: t(`workspace.part.${part ?? 'analyse'}`) })}
          </button>
        </p>
      )}
      <Besluiten overlegId={overleg.id} datum={overleg.datum} />
      <Actiepunten overlegId={overleg.id} />
    </div>
  );
}

/** An analysis section on the meeting's screen: its text (co-edited) and the threads on it. */
function SectieInVergadering({ sectieId, titel }: { readonly sectieId: string; readonly titel: string }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const fragment = useMemo(() => model.analyse.sectieFragment(sectieId), [model, sectieId]);
  const store = useAnnotatieStoreVanLaag();
  return (
    <section className="tafel-vergadermodus__sectie" aria-label={t('overleggen.vergadering.sectie', { titel })}>
      <RichTextEditor fragment={fragment} label={titel} visibleLabel={titel} readOnly={!canEdit} placeholder={t('overleggen.vergadering.sectieLeeg')} />
      {store !== null && <DradenBij store={store} doelId={sectieId} />}
    </section>
  );
}

function DradenBij({ store, doelId }: { readonly store: AnnotatieStore; readonly doelId: string }) {
  const t = useT();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const draden = (snapshot.draden ?? []).filter((d) => d.doelId === doelId).sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open'));
  const nieuw = useMemo(() => new Set([...(snapshot.nieuw?.nieuweDraden ?? []), ...(snapshot.nieuw?.nieuweReacties ?? [])]), [snapshot.nieuw]);
  return (
    <div className="tafel-vergadermodus__draden">
      <h5 className="utrecht-heading-5">{t('overleggen.vergadering.draden', { aantal: draden.filter((d) => d.status === 'open').length })}</h5>
      {draden.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.vergadering.geenDraden')}</p>
      ) : (
        draden.map((d) => <DraadKaart key={d.id} draad={d} store={store} actief={snapshot.actief === d.id} nieuw={nieuw} />)
      )}
    </div>
  );
}
