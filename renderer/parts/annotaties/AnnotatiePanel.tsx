/**
 * The threads of the open part, beside it: a count of what is new since the last visit, the form
 * for a new thread, and every thread the viewer may see, open ones first.
 */
import { useId, useMemo, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/useT.js';
import type { PartId } from '../../workspace/partIds.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import type { AnnotatieStore } from './annotatieStore.js';
import { DraadKaart } from './DraadKaart.js';
import { gewijzigdeDoelen, hoortBijPart, useDoelNamer } from './doelen.js';
import { NieuweDraad } from './NieuweDraad.js';
import { OpenDraden } from './OpenDraden.js';
import { OpenVoorstellenInDeel } from '../voorstellen/OpenVoorstellenInDeel.js';
import '../../styles/parts/annotaties.css';

export interface AnnotatiePanelProps {
  readonly part: PartId;
  readonly store: AnnotatieStore;
}

export function AnnotatiePanel({ part, store }: AnnotatiePanelProps) {
  const t = useT();
  const { model, canEdit, viewer } = useWorkspace();
  const headingId = useId();
  const naam = useDoelNamer();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const draden = useMemo(
    () => (snapshot.draden ?? []).filter((d) => hoortBijPart(model, part, d.doelId)).sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open')),
    [snapshot.draden, model, part],
  );
  const nieuw = useMemo(() => new Set([...(snapshot.nieuw?.nieuweDraden ?? []), ...(snapshot.nieuw?.nieuweReacties ?? [])]), [snapshot.nieuw]);
  const beantwoord = useMemo(() => new Set(snapshot.nieuw?.beantwoordeDraden ?? []), [snapshot.nieuw]);
  const gewijzigd = useMemo(
    () => (snapshot.nieuw === null ? [] : gewijzigdeDoelen(model, part, snapshot.nieuw.onderdelen, naam)),
    [snapshot.nieuw, model, part, naam],
  );
  const aantalNieuw = draden.reduce((n, d) => n + (nieuw.has(d.id) ? 1 : 0) + d.reacties.filter((r) => nieuw.has(r.id)).length, 0);

  return (
    <aside className="tafel-annotaties" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('annotaties.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-annotaties__intro">{t('annotaties.intro')}</p>
      {snapshot.nieuw !== null && (
        <p className="utrecht-paragraph tafel-annotaties__teller" data-testid="annotaties-nieuw">
          {aantalNieuw === 0 ? t('annotaties.nieuwSindsGeen') : t('annotaties.nieuwSinds', { aantal: aantalNieuw })}
        </p>
      )}
      {gewijzigd.length > 0 && (
        <p className="utrecht-paragraph tafel-annotaties__gewijzigd" data-testid="annotaties-gewijzigd">
          {t('annotaties.gewijzigd', { namen: gewijzigd.join(', ') })}
        </p>
      )}
      <OpenVoorstellenInDeel part={part} />
      {part === 'overleggen' && canEdit && viewer.rollen.includes('voorzitter') && snapshot.draden !== null && <OpenDraden draden={snapshot.draden} />}
      {canEdit && <NieuweDraad part={part} store={store} snapshot={snapshot} />}
      {snapshot.fout && (
        <p className="utrecht-paragraph" role="alert">
          {t('annotaties.fout')}
        </p>
      )}
      {snapshot.draden === null ? (
        <p className="utrecht-paragraph">{t('annotaties.laden')}</p>
      ) : draden.length === 0 ? (
        <p className="utrecht-paragraph tafel-annotaties__leeg">{t('annotaties.empty')}</p>
      ) : (
        <div className="tafel-annotaties__lijst">
          {draden.map((d) => (
            <DraadKaart key={d.id} draad={d} store={store} actief={snapshot.actief === d.id} nieuw={nieuw} beantwoord={beantwoord.has(d.id)} />
          ))}
        </div>
      )}
    </aside>
  );
}
