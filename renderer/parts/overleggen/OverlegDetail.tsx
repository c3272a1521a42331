/**
 * One overleg in meeting mode, in the order a meeting runs: who is there, the agenda and the open
 * proposals in the texts (Voorstellen), the open actiepunten of earlier meetings, then besluiten and actiepunten as they are taken, and at the
 * end "Vaststellen" by the chair. When the overleg's latest agreed version was withdrawn, that is
 * said under its status.
 */
import { useId, useMemo } from 'react';
import type { Overleg } from '../../../shared/model/index.js';
import { SelectField, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { ActiepuntenReview } from './ActiepuntenReview.js';
import { Actiepunten } from './Actiepunten.js';
import { Aanwezigheid } from './Aanwezigheid.js';
import { Agenda } from './Agenda.js';
import { Besluiten } from './Besluiten.js';
import { MeetingTimer } from './MeetingTimer.js';
import { useIsVoorzitter, useLeidtOverleg } from './leiding.js';
import { useNamen } from './names.js';
import { overlegNaam, statusOptions, type OverlegStatus } from './options.js';
import { Vaststellen } from './Vaststellen.js';
import { Verslag } from './Verslag.js';
import { ingetrokkenLaatsteVersie } from './vaststellenOverzicht.js';
import { momentInWoorden } from '../../i18n/dagen.js';
import { OpenVoorstellen } from '../voorstellen/OpenVoorstellen.js';

/** The overleg without its rich texts, which this view does not show. */
export type OverlegKern = Omit<Overleg, 'verslag' | 'wegingEnKwalificatie'>;

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
  return (
    <section className="tafel-overleg" aria-labelledby={headingId}>
      <div className="tafel-overleg__kop">
        <h3 id={headingId} className="utrecht-heading-3">
          {naam}
        </h3>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onSluiten}>
          {t('overleggen.sluiten', { naam })}
        </button>
      </div>
      {overleg.status === 'bezig' && <MeetingTimer overlegId={overleg.id} gestartOp={overleg.gestartOp} />}
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
      <Aanwezigheid overlegId={overleg.id} />
      <Agenda overlegId={overleg.id} agenda={overleg.agenda} />
      <OpenVoorstellen />
      <ActiepuntenReview overlegId={overleg.id} />
      <Besluiten overlegId={overleg.id} datum={overleg.datum} />
      <Actiepunten overlegId={overleg.id} />
      <Verslag overlegId={overleg.id} />
      <Vaststellen overlegId={overleg.id} />
    </section>
  );
}
