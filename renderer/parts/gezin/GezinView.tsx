/** The Gezin & netwerk part: gezinsleden, their relaties, the netwerk and the betrokken hulpverleners. */
import { useT } from '../../i18n/useT.js';
import { Gezinsleden } from './Gezinsleden.js';
import { Hulpverleners } from './Hulpverleners.js';
import { Netwerk } from './Netwerk.js';
import { Relaties } from './Relaties.js';
import '../../styles/parts/gezin.css';

export function GezinView() {
  const t = useT();
  return (
    <div className="tafel-gezin">
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('gezin.intro')}</p>
      <Gezinsleden />
      <Relaties />
      <Netwerk />
      <Hulpverleners />
    </div>
  );
}
