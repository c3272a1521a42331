/**
 * The figures leave the device only through here, and only when the user asks: first the preview
 * shows the file itself (the CSV's own lines, read back into a table), then the user saves it
 * as CSV — or does not. A change of period closes the preview.
 */
import { useState } from 'react';
import { cijfersCsv, type CijferLabels, type CijferRegel, type Periode } from '../../../shared/tafel/regioCijfers.js';
import { useHost } from '../../host/hostContext.js';
import { useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';

export interface ExportPreviewProps {
  readonly regels: readonly CijferRegel[];
  readonly periode: Periode;
  readonly labels: CijferLabels;
}

type Stand =
  | { readonly soort: 'gesloten' }
  | { readonly soort: 'open'; readonly csv: string; readonly voor: readonly CijferRegel[] }
  | { readonly soort: 'klaar'; readonly bestand: string }
  | { readonly soort: 'mislukt' };

export function ExportPreview({ regels, periode, labels }: ExportPreviewProps) {
  const t = useT();
  const host = useHost();
  const [stand, setStand] = useState<Stand>({ soort: 'gesloten' });
  const naam = `tafel-cijfers-regio-${periode.van}-${periode.tot}`;

  async function bewaar(csv: string): Promise<void> {
    const result = await host.exportFile({ suggestedName: `${naam}.csv`, mimeType: 'text/csv;charset=utf-8', data: csv });
    setStand(result.ok ? { soort: 'klaar', bestand: result.value.fileName } : { soort: 'mislukt' });
  }

  // New figures (another period) need a new look before they may leave.
  if (stand.soort !== 'open' || stand.voor !== regels) {
    return (
      <div className="tafel-cijfers__export">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => setStand({ soort: 'open', csv: cijfersCsv(regels, periode, labels), voor: regels })}
        >
          {t('tafel.cijfers.bekijken')}
        </button>
        {stand.soort === 'klaar' && (
          <p role="status" className="utrecht-paragraph">
            {t('tafel.cijfers.opgeslagen', { bestand: stand.bestand })}
          </p>
        )}
        {stand.soort === 'mislukt' && (
          <div className="utrecht-alert utrecht-alert--error" role="alert">
            <p className="utrecht-paragraph">{t('tafel.cijfers.mislukt')}</p>
          </div>
        )}
      </div>
    );
  }
  const [periodeRegel = '', kop = '', ...rijen] = stand.csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n')
    .map(leesCsvRegel);
  return (
    <section className="tafel-panel tafel-cijfers__voorbeeld" aria-labelledby="cijfers-voorbeeld">
      <h3 id="cijfers-voorbeeld" className="utrecht-heading-3">
        {t('tafel.cijfers.voorbeeld')}
      </h3>
      <p className="utrecht-paragraph">{t('tafel.cijfers.voorbeeldUitleg')}</p>
      <p className="utrecht-paragraph">{periodeRegel[0]}</p>
      <TableScroll caption={t('tafel.cijfers.voorbeeld')} columns={(kop === '' ? [] : kop).map((k, i) => ({ key: String(i), label: k }))}>
        <tbody className="utrecht-table__body">
          {rijen.map((rij, i) => (
            <tr key={i} className="utrecht-table__row" data-testid="cijfers-voorbeeld-regel">
              {rij.map((cel, j) => (
                <td key={j} className="utrecht-table__cell">
                  {cel}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableScroll>
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void bewaar(stand.csv)}>
          {t('tafel.cijfers.opslaan')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setStand({ soort: 'gesloten' })}>
          {t('tafel.cijfers.annuleren')}
        </button>
      </div>
    </section>
  );
}

/** One CSV line (semicolons, fields in double quotes where needed) back into its cells. */
function leesCsvRegel(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
