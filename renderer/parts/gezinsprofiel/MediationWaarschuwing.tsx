/**
 * The warning the meeting must not miss: intieme terreur is plausible and the veiligheidsplan
 * proposes mediation-like contact (the rule is in mediationRule.ts). It says so in words, names the
 * afspraken, and is an alert so a screen reader hears it the moment it appears.
 */
import { useMemo } from 'react';
import { plainTextOf, type CaseModel } from '../../../shared/model/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart } from '../../workspace/workspaceContext.js';
import { mediationWaarschuwing, type ProfielKeuze } from './mediationRule.js';

const readKeuze = (model: CaseModel): ProfielKeuze => {
  const { primair, oordelen } = model.gezinsprofiel.get();
  return primair === undefined ? { oordelen } : { primair, oordelen };
};

export function MediationWaarschuwing() {
  const t = useT();
  const keuze = usePart({ soort: 'gezinsprofiel' }, readKeuze);
  const indicatoren = useCollection('indicatoren');
  const afspraken = useCollection('afspraken');
  const gevonden = useMemo(() => mediationWaarschuwing(keuze, indicatoren, afspraken), [keuze, indicatoren, afspraken]);
  if (gevonden.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--warning tafel-profiel__waarschuwing" role="alert">
      <p className="utrecht-paragraph tafel-profiel__waarschuwing-titel">
        <strong>{t('gezinsprofiel.waarschuwing.titel')}</strong>
      </p>
      <p className="utrecht-paragraph">{t('gezinsprofiel.waarschuwing.tekst')}</p>
      <ul className="utrecht-unordered-list">
        {gevonden.map((a) => (
          <li key={a.id}>{t('gezinsprofiel.waarschuwing.afspraak', { wat: plainTextOf(a.wat).replace(/\n/g, ' '), wanneer: a.wanneer })}</li>
        ))}
      </ul>
      <p className="utrecht-paragraph tafel-profiel__regel">{t('gezinsprofiel.waarschuwing.regel')}</p>
    </div>
  );
}
