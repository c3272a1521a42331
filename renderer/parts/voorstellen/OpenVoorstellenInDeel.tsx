/**
 * Beside a part, with "Nieuw sinds uw vorige bezoek": the texts of this part that hold open
 * proposals, how many, each a way to its text. Nothing when none are open here.
 */
import { VOORSTEL_ONDERDEEL } from '../../../shared/model/index.js';
import { useT } from '../../i18n/useT.js';
import type { PartId } from '../../workspace/partIds.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { gaNaarPlek, plekNaam, useOpenVoorstellen } from './openVoorstellen.js';
import '../../styles/parts/voorstellen.css';

export function OpenVoorstellenInDeel({ part }: { readonly part: PartId }) {
  const t = useT();
  const { model } = useWorkspace();
  const hier = useOpenVoorstellen().filter((p) => VOORSTEL_ONDERDEEL[p.plek.soort] === part);
  if (hier.length === 0) return null;
  return (
    <div className="utrecht-paragraph tafel-annotaties__voorstellen" data-testid="open-voorstellen-deel">
      {t('voorstellen.nieuw')}
      <ul className="tafel-open-voorstellen__lijst">
        {hier.map(({ plek, voorstellen }) => {
          const naam = plekNaam(model, t, plek);
          return (
            <li key={`${plek.soort}:${plek.id}`}>
              <button
                type="button"
                className="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline"
                aria-label={t('voorstellen.open.naar', { plek: naam })}
                onClick={() => gaNaarPlek(plek)}
              >
                {naam}
              </button>{' '}
              ({voorstellen.length})
            </li>
          );
        })}
      </ul>
    </div>
  );
}
