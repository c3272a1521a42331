/**
 * One overleg. The meeting bar (name, clock, who is present, the view) stays in view; during a
 * meeting the chair works in vergadermodus, one agenda item at a time (vergadering/); the full
 * record shows everything in the order a meeting runs: who is there, the agenda, the open
 * proposals in the texts (Voorstellen), the open
 * actiepunten of earlier meetings, besluiten and actiepunten, the verslag and "Vaststellen".
 * When the overleg's latest agreed version was withdrawn, that is said under its status. Opening
 * an overleg (a just-started one too) brings it into view and moves focus to its heading.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SelectField, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { ActiepuntenReview } from './ActiepuntenReview.js';
import { Actiepunten } from './Actiepunten.js';
import { Aanwezigheid } from './Aanwezigheid.js';
import { Agenda } from './Agenda.js';
import { Besluiten } from './Besluiten.js';
import type { OverlegKern } from './overlegKern.js';
import { Vergaderbalk, type Weergave } from './vergadering/Vergaderbalk.js';
import { Vergadermodus } from './vergadering/Vergadermodus.js';
import { brengInBeeld } from '../../session/naarDoel.js';
import { useIsVoorzitter, useLeidtOverleg } from './leiding.js';
import { useNamen } from './overlegNamen.js';
import { overlegNaam, statusOptions, type OverlegStatus } from './options.js';
import { Vaststellen } from './Vaststellen.js';
import { Verslag } from './Verslag.js';
import { ingetrokkenLaatsteVersie } from './vaststellenOverzicht.js';
import { momentInWoorden } from '../../i18n/dagen.js';
import { OpenVoorstellen } from '../voorstellen/OpenVoorstellen.js';

export type { OverlegKern } from './overlegKern.js';

export function OverlegDetail({ overleg, onSluiten }: { readonly overleg: OverlegKern; onSluiten(): void }) {
  const t = useT();
  const locale = useLocale();
  const { model } = useWorkspace();
  const leidt = useLeidtOverleg();
  const voorzitter = useIsVoorzitter();
  const { write, error } = useWrite();
  const headingId = useId();
  const namen = useNamen();
  const versies = useCollection('versies');
  const ingetrokken = useMemo(() => ingetrokkenLaatsteVersie(overleg.id, versies), [overleg.id, versies]);
  const naam = overlegNaam(t, locale, overleg);
  const [weergave, setWeergave] = useState<Weergave>(overleg.status === 'bezig' ? 'vergadermodus' : 'volledig');
  const kop = useRef<HTMLHeadingElement>(null);
  // Opened below the list of meetings: bring it into view and say where the user is.
  useEffect(() => {
    if (kop.current !== null) brengInBeeld(kop.current);
  }, []);
  return (
    <section className="tafel-overleg" aria-labelledby={headingId}>
      <div className="tafel-overleg__kop">
        <h3 id={headingId} ref={kop} tabIndex={-1} className="utrecht-heading-3">
          {naam}
        </h3>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onSluiten}>
          {t('overleggen.sluiten', { naam })}
        </button>
      </div>
      <Vergaderbalk overleg={overleg} naam={naam} weergave={weergave} onWeergave={setWeergave} />
      <SelectField<OverlegStatus>
        label={t('overleggen.veld.status')}
        value={overleg.status}
        options={statusOptions(t)}
        readOnly={!leidt}
        onChange={(status) =>
          status !== '' &&
          write(() =>
            model.overleggen.update(overleg.id, status === 'bezig' && overleg.gestartOp === undefined ? { status, gestartOp: model.ctx.now() } : { status }),
          )
        }
      />
      <WriteError error={error} />
      {/* The status may still say "vastgesteld": say here that the agreed version no longer holds. */}
      {ingetrokken?.ingetrokkenOp !== undefined && (
        <div className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">
            <span className="utrecht-data-badge tafel-badge">{t('overleggen.versies.badgeIngetrokken')}</span>{' '}
            {t('overleggen.detail.ingetrokken', {
              vastgesteld: momentInWoorden(locale, ingetrokken.vastgesteldOp),
              naam: namen.persoon(ingetrokken.ingetrokkenDoor),
              op: momentInWoorden(locale, ingetrokken.ingetrokkenOp),
              reden: ingetrokken.intrekReden ?? '',
            })}
          </p>
          <p className="utrecht-paragraph">{t(voorzitter ? 'overleggen.detail.opnieuw' : 'overleggen.detail.opnieuwDeelnemer')}</p>
        </div>
      )}
      {weergave === 'vergadermodus' ? (
        <Vergadermodus overleg={overleg} />
      ) : (
        <>
          <Aanwezigheid overlegId={overleg.id} />
          <Agenda overlegId={overleg.id} agenda={overleg.agenda} />
          <OpenVoorstellen />
          <ActiepuntenReview overlegId={overleg.id} />
          <Besluiten overlegId={overleg.id} datum={overleg.datum} />
          <Actiepunten overlegId={overleg.id} />
          <Verslag overlegId={overleg.id} />
          <Vaststellen overlegId={overleg.id} />
        </>
      )}
    </section>
  );
}
