/**
 * The Overzicht part: the casus meta, the case's course (phase, history, doorlooptijden), the triage
 * decision, the judgement of acute and structurele onveiligheid, what the case holds, the
 * organisaties and deelnemers at the table, closing the case with its documents, and bewaren.
 */
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { CasusGegevens } from './CasusGegevens.js';
import { Deelnemers } from './Deelnemers.js';
import { Organisaties } from './Organisaties.js';
import { Samenvatting } from './Samenvatting.js';
import { Verloop } from './levensloop/Verloop.js';
import { Triage } from './levensloop/Triage.js';
import { Onveiligheid } from './levensloop/Onveiligheid.js';
import { Afsluiten } from './afsluiten/Afsluiten.js';
import { Bewaren } from './afsluiten/Bewaren.js';
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
      <Verloop />
      <Triage />
      <Onveiligheid />
      <Samenvatting />
      <Organisaties />
      <Deelnemers />
      <Afsluiten />
      <Bewaren />
    </div>
  );
}
