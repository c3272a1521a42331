/**
 * The experts' own positions side by side: one column per expert, one row per profile, so the
 * meeting sees at a glance where they differ. Differences are named in words (a row marked
 * "verschil" and a sentence below), never by colour alone.
 */
import { PROFIELEN, type ProfielStandpunt } from '../../../shared/model/index.js';
import { dagInWoorden } from '../../i18n/dagen.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { profielNaam } from './options.js';
import { betwisteProfielen, primairTelling, standIn } from './standpuntStand.js';

interface StandpuntenTabelProps {
  readonly standpunten: readonly ProfielStandpunt[];
  readonly namen: ReadonlyMap<string, { naam: string; organisatie: string }>;
}

export function StandpuntenTabel({ standpunten, namen }: StandpuntenTabelProps) {
  const t = useT();
  const locale = useLocale();
  const betwist = new Set(betwisteProfielen(standpunten));
  const telling = primairTelling(standpunten);
  const kop = (s: ProfielStandpunt): string => {
    const wie = namen.get(s.deelnemerId);
    return wie === undefined ? t('gezinsprofiel.onbekend') : t('gezinsprofiel.standpunt.kop', { naam: wie.naam, organisatie: wie.organisatie });
  };
  const kolommen = [
    { key: 'profiel', label: t('gezinsprofiel.standpunten.profiel') },
    ...standpunten.map((s) => ({
      key: s.id,
      label: (
        <>
          {kop(s)}
          {s.datum !== undefined && <span className="tafel-profiel__datum"> · {dagInWoorden(locale, s.datum)}</span>}
        </>
      ),
    })),
  ];
  return (
    <>
      <TableScroll caption={t('gezinsprofiel.standpunten.tabel')} className="tafel-profiel__tabel" columns={kolommen}>
        <tbody className="utrecht-table__body">
          {PROFIELEN.map((p) => (
            <tr key={p} className={`utrecht-table__row${betwist.has(p) ? ' tafel-profiel__rij--verschil' : ''}`}>
              <th scope="row" className="utrecht-table__header-cell">
                {profielNaam(t, p)}
                {betwist.has(p) && <span className="tafel-profiel__verschil"> ({t('gezinsprofiel.standpunten.verschil')})</span>}
              </th>
              {standpunten.map((s) => {
                const stand = standIn(s, p);
                return (
                  <td key={s.id} className={`utrecht-table__cell tafel-profiel__stand tafel-profiel__stand--${stand}`}>
                    {t(`gezinsprofiel.stand.${stand}`)}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {t('gezinsprofiel.standpunten.toelichting')}
            </th>
            {standpunten.map((s) => (
              <td key={s.id} className="utrecht-table__cell tafel-profiel__waarom">
                {s.toelichting ?? '–'}
              </td>
            ))}
          </tr>
        </tbody>
      </TableScroll>
      <Verschillen telling={telling} betwist={[...betwist]} />
    </>
  );
}

function Verschillen({ telling, betwist }: { readonly telling: ReturnType<typeof primairTelling>; readonly betwist: readonly (typeof PROFIELEN)[number][] }) {
  const t = useT();
  const zinnen: string[] = [];
  if (telling.length > 1) {
    zinnen.push(
      t('gezinsprofiel.standpunten.verschilPrimair', { lijst: telling.map(({ profiel, aantal }) => `${profielNaam(t, profiel)} (${aantal})`).join(', ') }),
    );
  } else if (telling.length === 1 && telling[0] !== undefined) {
    zinnen.push(t('gezinsprofiel.standpunten.eensPrimair', { profiel: profielNaam(t, telling[0].profiel) }));
  }
  for (const p of betwist) zinnen.push(t('gezinsprofiel.standpunten.verschilProfiel', { profiel: profielNaam(t, p) }));
  if (zinnen.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list tafel-profiel__verschillen">
      {zinnen.map((z) => (
        <li key={z}>{z}</li>
      ))}
    </ul>
  );
}
