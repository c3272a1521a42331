/**
 * The warning in the Vaststellen confirmation while proposals are still open: how many, in which
 * texts, and that they are not part of the version (it holds accepted text only). Nothing when
 * none are open. Self-contained, so the confirmation only places it.
 */
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { samenvatting, useOpenVoorstellen } from './openVoorstellen.js';

export function OpenVoorstellenWaarschuwing() {
  const t = useT();
  const { model } = useWorkspace();
  const lijst = useOpenVoorstellen();
  const aantal = lijst.reduce((n, p) => n + p.voorstellen.length, 0);
  if (aantal === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--warning tafel-open-voorstellen__waarschuwing">
      <p className="utrecht-paragraph">
        {aantal === 1
          ? t('voorstellen.vaststellen.waarschuwingEen', { lijst: samenvatting(model, t, lijst) })
          : t('voorstellen.vaststellen.waarschuwing', { aantal, lijst: samenvatting(model, t, lijst) })}
      </p>
    </div>
  );
}
