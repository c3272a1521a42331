/**
 * The verklarende analyse: where it stands, then one of its four parts at a time (the text per
 * section, factoren, hypothesen, meningsverschillen), chosen in a sub-navigation, so a long part
 * stays calm and each view subscribes only to what it shows.
 */
import { useState } from 'react';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { AnalyseStatusBlok } from './AnalyseStatusBlok.js';
import { Factoren } from './Factoren.js';
import { Hypothesen } from './Hypothesen.js';
import { Meningsverschillen } from './Meningsverschillen.js';
import { Secties } from './Secties.js';
import '../../styles/parts/analyse.css';

const VIEWS = ['secties', 'factoren', 'hypothesen', 'meningsverschillen'] as const;
type View = (typeof VIEWS)[number];

export function AnalyseView() {
  const t = useT();
  const [view, setView] = useState<View>('secties');
  return (
    <div className="tafel-analyse">
      <p className="utrecht-paragraph tafel-analyse__intro">{t('analyse.intro')}</p>
      <AnalyseStatusBlok />
      <SubNav current={view} onChoose={setView} />
      {view === 'secties' && <Secties />}
      {view === 'factoren' && <Factoren />}
      {view === 'hypothesen' && <Hypothesen />}
      {view === 'meningsverschillen' && <Meningsverschillen />}
    </div>
  );
}

/** Its own component: the counts re-render only the navigation, not the open view. */
function SubNav({ current, onChoose }: { readonly current: View; onChoose(view: View): void }) {
  const t = useT();
  const labels: Record<View, string> = {
    secties: t('analyse.nav.secties'),
    factoren: t('analyse.nav.factoren', { aantal: useCollection('factoren').length }),
    hypothesen: t('analyse.nav.hypothesen', { aantal: useCollection('hypothesen').length }),
    meningsverschillen: t('analyse.nav.meningsverschillen', { aantal: useCollection('meningsverschillen').length }),
  };
  return (
    <nav aria-label={t('analyse.nav.label')} className="tafel-analyse__nav">
      <ul className="tafel-analyse__nav-list">
        {VIEWS.map((view) => (
          <li key={view}>
            <button type="button" className="tafel-analyse__nav-item" aria-current={view === current ? 'true' : undefined} onClick={() => onChoose(view)}>
              {labels[view]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
