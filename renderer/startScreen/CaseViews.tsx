/**
 * The cases on this device, in the view the user chose: the list (grouped by where each case is in
 * its course), Mijn tafel (what needs attention across cases), or the region's figures (for the
 * cases the user chairs). The background catch-up runs whichever view shows: it also brings each
 * case's summary up to date, which the other two views read.
 */
import type { StartView } from '../store/index.js';
import { useAppStore, useDeviceSession } from '../store/index.js';
import { useT } from '../i18n/useT.js';
import { CaseList } from './CaseList.js';
import { MijnTafel } from './mijnTafel/MijnTafel.js';
import { useCaseNews } from './useCaseNews.js';
import { RegioCijfers } from './cijfers/RegioCijfers.js';
import { voorgezeten } from './cijfers/voorgezeten.js';

export function CaseViews() {
  const t = useT();
  const phase = useDeviceSession((s) => s.phase);
  const cases = useDeviceSession((s) => s.cases);
  const view = useAppStore((s) => s.startView);
  const showView = useAppStore((s) => s.showView);
  const news = useCaseNews(phase === 'ready' ? cases : null);
  const ready = phase === 'ready' && cases !== null && cases.length > 0;
  // The region's figures are the chair's: only over the cases the user chairs, shown when there are any.
  const views: StartView[] = ready && voorgezeten(cases).length > 0 ? ['casussen', 'mijnTafel', 'cijfers'] : ['casussen', 'mijnTafel'];
  const shown = ready && views.includes(view) ? view : 'casussen';
  return (
    <>
      {ready && (
        <div className="utrecht-button-group tafel-views" role="group" aria-label={t('tafel.views')}>
          {views.map((v) => (
            <button
              key={v}
              type="button"
              className={`utrecht-button ${shown === v ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
              aria-pressed={shown === v}
              onClick={() => showView(v)}
            >
              {t(`tafel.view.${v}`)}
            </button>
          ))}
        </div>
      )}
      {shown === 'casussen' && <CaseList news={news} />}
      {shown === 'mijnTafel' && cases !== null && <MijnTafel cases={cases} />}
      {shown === 'cijfers' && cases !== null && <RegioCijfers cases={voorgezeten(cases)} />}
    </>
  );
}
