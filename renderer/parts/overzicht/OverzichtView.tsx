/** The Overzicht part: the casus meta, what the case holds, and the organisaties and deelnemers at the table. */
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { CasusGegevens } from './CasusGegevens.js';
import { Deelnemers } from './Deelnemers.js';
import { Organisaties } from './Organisaties.js';
import { Samenvatting } from './Samenvatting.js';
import '../../styles/parts/gezin.css';
import '../../styles/parts/overzicht.css';

export function OverzichtView() {
  const t = useT();
  const { canEdit, canManage } = useWorkspace();
  return (
    <div className="tafel-overzicht">
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('overzicht.intro')}</p>
      {canEdit && !canManage && <p className="utrecht-paragraph tafel-gezin__uitleg">{t('overzicht.beheerVoorzitter')}</p>}
      <CasusGegevens />
      <Samenvatting />
      <Organisaties />
      <Deelnemers />
    </div>
  );
}
