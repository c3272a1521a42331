/**
 * The gezinsprofiel part, in the order the meeting follows: the mediation warning if it applies,
 * each expert's own position, the team's agreed assessment, then the indicators per profile.
 */
import { useT } from '../../i18n/useT.js';
import { Indicatoren } from './Indicatoren.js';
import { MediationWaarschuwing } from './MediationWaarschuwing.js';
import { Oordeel } from './Oordeel.js';
import { ProfielStandpunten } from './ProfielStandpunten.js';
import '../../styles/parts/gezinsprofiel.css';

export function GezinsprofielView() {
  const t = useT();
  return (
    <div className="tafel-profiel">
      <p className="utrecht-paragraph tafel-profiel__intro">{t('gezinsprofiel.intro')}</p>
      <MediationWaarschuwing />
      <ProfielStandpunten />
      <Oordeel />
      <Indicatoren />
    </div>
  );
}
