/** Mijn tafel's actiepunten that are overdue or due this week, across cases, by owner and organisation. */
import type { ActiepuntRegel, ActiepuntSortering } from '../../../shared/tafel/mijnTafel.js';
import { SelectField } from '../../editors/fields/index.js';
import { dagInWoorden } from '../../i18n/dagen.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';

export interface ActiepuntenTabelProps {
  readonly acties: readonly ActiepuntRegel[];
  readonly sortering: ActiepuntSortering;
  readonly sorteringen: readonly ActiepuntSortering[];
  onSortering(sortering: ActiepuntSortering): void;
  /** The room being opened. */
  readonly opening: string | null;
  onOpen(room: string): void;
}

export function ActiepuntenTabel({ acties, sortering, sorteringen, onSortering, opening, onOpen }: ActiepuntenTabelProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="tafel-mijn-tafel__acties" aria-labelledby="mijn-tafel-acties">
      <h3 id="mijn-tafel-acties" className="utrecht-heading-3">
        {t('tafel.acties.heading')}
      </h3>
      {acties.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('tafel.acties.geen')}</p>
      ) : (
        <>
          <SelectField
            label={t('tafel.acties.sorteer')}
            value={sortering}
            options={sorteringen.map((s) => ({ value: s, label: t(`tafel.acties.sorteer.${s}`) }))}
            onChange={(v) => onSortering(v === '' ? 'deadline' : v)}
          />
          <TableScroll
            caption={t('tafel.acties.tabel', { aantal: acties.length })}
            columns={(['deadline', 'omschrijving', 'eigenaar', 'organisatie', 'casus'] as const).map((k) => ({ key: k, label: t(`tafel.acties.kolom.${k}`) }))}
          >
            <tbody className="utrecht-table__body">
              {acties.map((a) => (
                <tr key={`${a.room}:${a.id}`} className="utrecht-table__row" data-testid="tafel-actiepunt">
                  <td className={`utrecht-table__cell${a.wanneer === 'te_laat' ? ' tafel-mijn-tafel__let-op' : ''}`}>
                    {dagInWoorden(locale, a.deadline)} ({t(a.wanneer === 'te_laat' ? 'tafel.acties.teLaat' : 'tafel.acties.dezeWeek')})
                  </td>
                  <td className="utrecht-table__cell">
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle tafel-mijn-tafel__open"
                      aria-busy={opening === a.room || undefined}
                      aria-label={t('tafel.openBij', { casus: a.casus, wat: a.omschrijving, onderdeel: t('workspace.part.overleggen') })}
                      onClick={() => onOpen(a.room)}
                    >
                      {a.omschrijving}
                    </button>
                  </td>
                  <td className="utrecht-table__cell">{a.eigen ? t('tafel.acties.jij', { naam: a.eigenaar }) : a.eigenaar}</td>
                  <td className="utrecht-table__cell">{a.organisatie}</td>
                  <td className="utrecht-table__cell">{a.casus}</td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        </>
      )}
    </section>
  );
}
