/**
 * The gezinsprofiel part, in the order the meeting follows: what in the plan goes against the profile,
 * each expert's own position, the team's agreed assessment, then the indicators per profile.
 */
import { useT } from '../../i18n/useT.js';
import { Indicatoren } from './Indicatoren.js';
import { Oordeel } from './Oordeel.js';
import { ProfielToets } from './ProfielToets.js';
import { ProfielStandpunten } from './ProfielStandpunten.js';
import '../../styles/parts/gezinsprofiel.css';

export function GezinsprofielView() {
  const t = useT();
  return (
    <div className="tafel-profiel">
      <p className="utrecht-paragraph tafel-profiel__intro">{t('gezinsprofiel.intro')}</p>
      <ProfielToets />
      <ProfielStandpunten />
      <Oordeel />
      <Indicatoren />
    </div>
  );
}
