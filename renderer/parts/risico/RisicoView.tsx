/** The risicotaxatie part: outcomes of instruments, then the safety scales per zorg over time. */
import { useT } from '../../i18n/useT.js';
import { Risicotaxaties } from './Risicotaxaties.js';
import { VeiligheidsSchalen } from './VeiligheidsSchalen.js';
import '../../styles/parts/risico.css';

export function RisicoView() {
  const t = useT();
  return (
    <div className="tafel-risico">
      <p className="utrecht-paragraph tafel-risico__intro">{t('risico.intro')}</p>
      <Risicotaxaties />
      <VeiligheidsSchalen />
    </div>
  );
}
