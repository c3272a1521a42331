/**
 * Cijfers voor de regio: content-free figures over the cases the user chairs, for a period, worked
 * out on this device from the cases' summaries (shared/tafel/regioCijfers.ts). Each breakdown is a
 * bar chart with its table; nothing leaves the device until the user has seen the file's exact
 * content in the preview and pressed save (ExportPreview).
 */
import { useMemo, useState } from 'react';
import type { CaseSummary } from '../../../shared/sync/session/syncClient.js';
import { cijferLabels } from '../../../shared/tafel/cijferLabels.js';
import { INDICATOREN, regioCijfers, type CijferRegel, type Indicator, type Periode } from '../../../shared/tafel/regioCijfers.js';
import { DraftField } from '../../editors/fields/index.js';
import { vandaag } from '../../i18n/dagen.js';
import { useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import '../../styles/parts/mijnTafel.css';
import { ExportPreview } from './ExportPreview.js';

/** Breakdowns shown as a chart besides their table. */
const MET_GRAFIEK: readonly Indicator[] = ['fase', 'triage', 'gezinsprofiel', 'veiligheidsplan', 'organisatie', 'afsluitreden'];

export function RegioCijfers({ cases }: { readonly cases: readonly CaseSummary[] }) {
  const t = useT();
  const labels = useMemo(() => cijferLabels(t), [t]);
  const vandaagDag = vandaag();
  const [van, setVan] = useState(`${vandaagDag.slice(0, 4)}-01-01`);
  const [tot, setTot] = useState(vandaagDag);
  const geldig = /^\d{4}-\d{2}-\d{2}$/.test(van) && /^\d{4}-\d{2}-\d{2}$/.test(tot) && van <= tot;
  const periode: Periode = { van, tot };
  const samenvattingen = useMemo(() => cases.flatMap((c) => (c.entry?.tafel === undefined ? [] : [c.entry.tafel])), [cases]);
  const regels = useMemo(() => (geldig ? regioCijfers(samenvattingen, { van, tot }) : []), [samenvattingen, geldig, van, tot]);
  const onbekend = cases.length - samenvattingen.length;

  return (
    <section className="tafel-section tafel-wide tafel-cijfers" aria-labelledby="cijfers-heading">
      <h2 id="cijfers-heading" className="utrecht-heading-2">
        {t('tafel.cijfers.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('tafel.cijfers.uitleg')}</p>
      <fieldset className="utrecht-form-fieldset tafel-fieldset tafel-mijn-tafel__filters">
        <legend className="utrecht-form-fieldset__legend">{t('tafel.cijfers.periode')}</legend>
        <DraftField label={t('tafel.cijfers.van')} type="date" value={van} onChange={setVan} />
        <DraftField label={t('tafel.cijfers.totDag')} type="date" value={tot} onChange={setTot} />
      </fieldset>
      {!geldig && (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <p className="utrecht-paragraph">{t('tafel.cijfers.ongeldig')}</p>
        </div>
      )}
      <p className="utrecht-paragraph">{t('tafel.cijfers.aantalCasussen', { aantal: samenvattingen.filter((s) => !s.cijfers.fictief).length })}</p>
      {onbekend > 0 && <p className="utrecht-paragraph">{t('tafel.cijfers.onbekend', { aantal: onbekend })}</p>}
      {geldig && (
        <>
          <p className="utrecht-paragraph tafel-cijfers__legenda">{t('tafel.cijfers.legenda')}</p>
          {INDICATOREN.map((indicator) => (
            <Figuur key={indicator} indicator={indicator} regels={regels.filter((r) => r.indicator === indicator)} />
          ))}
          <ExportPreview regels={regels} periode={periode} labels={labels} />
        </>
      )}
    </section>
  );
}

/** One indicator: a heading, for a breakdown a bar chart, and its table (which a screen reader reads instead of the chart). */
function Figuur({ indicator, regels }: { readonly indicator: Indicator; readonly regels: readonly CijferRegel[] }) {
  const t = useT();
  const labels = cijferLabels(t);
  const naam = labels.indicator(indicator);
  const duur = indicator === 'doorlooptijd';
  const categorie = (r: CijferRegel): string => (r.categorie === '' ? naam : labels.categorie(indicator, r.categorie));
  const kolommen = duur ? (['categorie', 'aantal', 'mediaan', 'p25', 'p75'] as const) : (['categorie', 'aantal', 'percentage'] as const);
  const grootste = Math.max(1, ...regels.map((r) => Number(r.aantal)).filter((n) => Number.isFinite(n)));
  return (
    <section className="tafel-cijfers__figuur" aria-labelledby={`cijfer-${indicator}`} data-testid={`cijfer-${indicator}`}>
      <h3 id={`cijfer-${indicator}`} className="utrecht-heading-3">
        {naam}
      </h3>
      {MET_GRAFIEK.includes(indicator) && (
        // The table below holds the same counts; the chart is for the eye only.
        <div className="tafel-cijfers__grafiek" aria-hidden="true">
          {regels.map((r) => {
            const n = Number(r.aantal);
            return (
              <div key={r.categorie} className="tafel-cijfers__staaf-regel">
                <span className="tafel-cijfers__staaf-label">{categorie(r)}</span>
                <span className="tafel-cijfers__staaf-vak">
                  {Number.isFinite(n) && n > 0 && <span className="tafel-cijfers__staaf" style={{ inlineSize: `${(100 * n) / grootste}%` }} />}
                  <span className="tafel-cijfers__staaf-waarde">{r.aantal}</span>
                </span>
              </div>
            );
          })}
        </div>
      )}
      <TableScroll caption={naam} className="tafel-cijfers__tabel" columns={kolommen.map((k) => ({ key: k, label: labels.kolom(k) }))}>
        <tbody className="utrecht-table__body">
          {regels.map((r) => (
            <tr key={r.categorie} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {categorie(r)}
              </th>
              <td className="utrecht-table__cell">{r.aantal}</td>
              {duur ? (
                <>
                  <td className="utrecht-table__cell">{r.mediaan}</td>
                  <td className="utrecht-table__cell">{r.p25}</td>
                  <td className="utrecht-table__cell">{r.p75}</td>
                </>
              ) : (
                <td className="utrecht-table__cell">{r.percentage === '' ? '' : `${r.percentage}%`}</td>
              )}
            </tr>
          ))}
        </tbody>
      </TableScroll>
    </section>
  );
}
