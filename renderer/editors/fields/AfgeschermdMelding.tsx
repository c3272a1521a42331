/**
 * What a restricted value shows to someone who cannot read it here, and the access requests its
 * audience answers (docs/afscherming.md). Outside the audience: "Afgeschermd — alleen zichtbaar
 * voor … (n personen)" and a button to ask for access. In the audience, on a device whose key has
 * not arrived yet: that the value will appear once a device of the audience has been online.
 * Inside the audience, with the value open: the open requests, each with Toegang geven / Weigeren.
 */
import { useSyncExternalStore } from 'react';
import { deelnemersIn, sluitVerzoek, toegangGevraagd, vraagToegang } from '../../../shared/afscherming/index.js';
import { afgeschermdMap, afschermingVan, localOrigin, magZien } from '../../../shared/model/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useCollection } from './useCollection.js';

export type AfschermingStaat = 'open' | 'buiten' | 'dicht';

/** Whether this viewer reads the value at `plaats` here: in the audience and opened ('open'), outside it, or not opened yet. */
export function useAfschermingStaat(plaats: string, zichtbaarVoor: readonly string[]): AfschermingStaat {
  const { model, viewer } = useWorkspace();
  const map = afgeschermdMap(model.doc);
  // Re-read when the value's sealed text, its access requests or this device's opened values change.
  useSyncExternalStore(
    (f) => {
      const stop = afschermingVan(model.doc)?.opGeopend(f);
      map.observe(f);
      return () => {
        stop?.();
        map.unobserve(f);
      };
    },
    () => `${map.get(plaats) ?? ''}|${afschermingVan(model.doc)?.isDicht(plaats) === true}|${toegangGevraagd(model.doc, plaats).join(',')}`,
  );
  if (!magZien(viewer, { zichtbaarVoor })) return 'buiten';
  return afschermingVan(model.doc)?.isDicht(plaats) === true ? 'dicht' : 'open';
}

export interface AfgeschermdMeldingProps {
  readonly plaats: string;
  readonly zichtbaarVoor: readonly string[];
  /** Who may see it, in words (roles and names). */
  readonly wie: string;
  readonly staat: AfschermingStaat;
  /** Grants `deelnemerId` access (adds them to `zichtbaarVoor`). */
  onToegang(deelnemerId: string): void;
}

export function AfgeschermdMelding({ plaats, zichtbaarVoor, wie, staat, onToegang }: AfgeschermdMeldingProps) {
  const t = useT();
  const { model, viewer, canEdit } = useWorkspace();
  const deelnemers = useCollection('deelnemers');
  const origin = localOrigin(viewer.deelnemerId);
  const gevraagd = toegangGevraagd(model.doc, plaats);
  if (staat === 'buiten') {
    const aantal = deelnemersIn(model, zichtbaarVoor).length;
    return (
      <div className="tafel-afgeschermd">
        <p className="utrecht-paragraph">{t(aantal === 1 ? 'afscherming.buiten.een' : 'afscherming.buiten', { wie, aantal })}</p>
        {canEdit &&
          (gevraagd.includes(viewer.deelnemerId) ? (
            <p className="utrecht-paragraph tafel-afgeschermd__gevraagd">{t('afscherming.gevraagd')}</p>
          ) : (
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => vraagToegang(model.doc, plaats, viewer.deelnemerId, origin)}>
              {t('afscherming.vraagToegang')}
            </button>
          ))}
      </div>
    );
  }
  if (staat === 'dicht') return <p className="utrecht-paragraph tafel-afgeschermd">{t('afscherming.dicht')}</p>;
  if (!canEdit || gevraagd.length === 0) return null;
  return (
    <ul className="tafel-afgeschermd__verzoeken">
      {gevraagd.map((id) => {
        const naam = deelnemers.find((d) => d.id === id)?.naam ?? t('overzicht.onbekend');
        return (
          <li key={id}>
            {t('afscherming.verzoek', { naam })}{' '}
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => {
                onToegang(id);
                sluitVerzoek(model.doc, plaats, id, origin);
              }}
            >
              {t('afscherming.geefToegang', { naam })}
            </button>{' '}
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => sluitVerzoek(model.doc, plaats, id, origin)}>
              {t('afscherming.weiger', { naam })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
