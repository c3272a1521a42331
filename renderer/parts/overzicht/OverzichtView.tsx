/** The Overzicht part: the casus meta, what the case holds, and the organisaties and deelnemers at the table. */
import { useT } from '../../i18n/useT.js';
import { CasusGegevens } from './CasusGegevens.js';
import { Deelnemers } from './Deelnemers.js';
import { Organisaties } from './Organisaties.js';
import { Samenvatting } from './Samenvatting.js';
import '../../styles/parts/gezin.css';
import '../../styles/parts/overzicht.css';

export function OverzichtView() {
  const t = useT();
  return (
    <div className="tafel-overzicht">
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('overzicht.intro')}</p>
      <CasusGegevens />
      <Samenvatting />
      <Organisaties />
      <Deelnemers />
    </div>
  );
}
