/**
 * The meeting bar, always in view during an overleg (sticky under the workspace bar): which
 * meeting, how long it runs, who is present at the table, and the switch between vergadermodus
 * (one agenda item at a time) and the full record.
 */
import { useMemo } from 'react';
import { useCollection } from '../../../editors/fields/index.js';
import { useT } from '../../../i18n/useT.js';
import { MeetingTimer } from '../MeetingTimer.js';
import { useNamen } from '../overlegNamen.js';
import type { OverlegKern } from '../overlegKern.js';

export type Weergave = 'vergadermodus' | 'volledig';

interface Props {
  readonly overleg: OverlegKern;
  readonly naam: string;
  readonly weergave: Weergave;
  onWeergave(weergave: Weergave): void;
}

export function Vergaderbalk({ overleg, naam, weergave, onWeergave }: Props) {
  const t = useT();
  const namen = useNamen();
  const aanwezigheid = useCollection('aanwezigheid');
  const aanwezig = useMemo(
    () => aanwezigheid.filter((a) => a.overlegId === overleg.id && a.aanwezig === 'aanwezig').map((a) => namen.persoon(a.wie)),
    [aanwezigheid, overleg.id, namen],
  );
  return (
    <div className="tafel-vergaderbalk" role="region" aria-label={t('overleggen.vergadering.balk', { naam })}>
      <p className="utrecht-paragraph tafel-vergaderbalk__naam">
        <strong>{naam}</strong>
      </p>
      {overleg.status === 'bezig' && <MeetingTimer overlegId={overleg.id} gestartOp={overleg.gestartOp} />}
      <p className="utrecht-paragraph tafel-vergaderbalk__aanwezig">
        {aanwezig.length === 0
          ? t('overleggen.vergadering.niemandAanwezig')
          : t('overleggen.vergadering.aanwezig', { aantal: aanwezig.length, namen: aanwezig.join(', ') })}
      </p>
      <div className="tafel-vergaderbalk__weergave" role="group" aria-label={t('overleggen.vergadering.weergave')}>
        {(['vergadermodus', 'volledig'] as const).map((w) => (
          <button
            key={w}
            type="button"
            className={`utrecht-button ${w === weergave ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
            aria-pressed={w === weergave}
            onClick={() => onWeergave(w)}
          >
            {t(`overleggen.vergadering.${w}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
