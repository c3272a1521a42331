/**
 * The history of the case's course: where it began (or stood before moves were recorded, "vóór
 * registratie"), then every move with its date, step, reason, who and the meeting, what was still
 * open when the chair went on, and moves made at the same time on other devices.
 */
import { useMemo } from 'react';
import type { LevensloopStand } from '../../../../shared/model/index.js';
import { useCollection } from '../../../editors/fields/index.js';
import { dagInWoorden } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { overlegNaam } from '../../overleggen/options.js';

export function Geschiedenis({ stand }: { readonly stand: LevensloopStand }) {
  const t = useT();
  const locale = useLocale();
  const deelnemers = useCollection('deelnemers');
  const overleggen = useCollection('overleggen');
  const naam = useMemo(() => new Map(deelnemers.map((d) => [d.id, d.naam])), [deelnemers]);
  const overleg = useMemo(() => new Map(overleggen.map((o) => [o.id, overlegNaam(t, locale, o)])), [t, locale, overleggen]);
  const b = stand.begin;
  return (
    <TableScroll
      caption={t('levensloop.geschiedenis.heading')}
      className="tafel-levensloop__geschiedenis"
      columns={(['datum', 'stap', 'reden', 'door', 'overleg'] as const).map((c) => ({ key: c, label: t(`levensloop.geschiedenis.${c}`) }))}
    >
      <tbody className="utrecht-table__body">
        <tr className="utrecht-table__row">
          <td className="utrecht-table__cell">{b.datum === undefined ? t('levensloop.geschiedenis.voorRegistratie') : dagInWoorden(locale, b.datum)}</td>
          <td className="utrecht-table__cell">
            {b.voorRegistratie && b.oudeStatus !== undefined
              ? t('levensloop.geschiedenis.beginOud', { fase: t(`levensloop.fase.${b.fase}`), status: t(`levensloop.oudeStatus.${b.oudeStatus}`) })
              : t('levensloop.geschiedenis.begin', { fase: t(`levensloop.fase.${b.fase}`) })}
          </td>
          <td className="utrecht-table__cell">{b.voorRegistratie ? '' : t('levensloop.geschiedenis.aanmelding')}</td>
          <td className="utrecht-table__cell" />
          <td className="utrecht-table__cell" />
        </tr>
        {stand.overgangen.map((o) => (
          <tr key={o.id} className="utrecht-table__row" aria-current={o.id === stand.huidige?.id ? 'true' : undefined}>
            <td className="utrecht-table__cell">{dagInWoorden(locale, o.datum)}</td>
            <td className="utrecht-table__cell">
              {t(o.terug ? 'levensloop.stapTerug' : 'levensloop.stap', { van: t(`levensloop.fase.${o.van}`), naar: t(`levensloop.fase.${o.naar}`) })}
              {o.gelijktijdigMet.length > 0 && <span className="tafel-item__kenmerken"> ({t('levensloop.geschiedenis.gelijktijdig')})</span>}
            </td>
            <td className="utrecht-table__cell">
              {o.reden}
              {o.openBijOvergang.length > 0 && (
                <span className="tafel-levensloop__open-bij">
                  {' '}
                  {t('levensloop.geschiedenis.openStond', { punten: o.openBijOvergang.join(' ') })}
                  {o.doorgaanReden !== undefined && ` ${t('levensloop.geschiedenis.doorgaan', { reden: o.doorgaanReden })}`}
                </span>
              )}
            </td>
            <td className="utrecht-table__cell">{naam.get(o.aangemaaktDoor) ?? t('overzicht.onbekend')}</td>
            <td className="utrecht-table__cell">{o.overlegId === undefined ? '' : (overleg.get(o.overlegId) ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </TableScroll>
  );
}
