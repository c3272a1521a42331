/**
 * The region's figures as a page to print to PDF: the same rows as the CSV (one table per
 * indicator), with their labels, the period and the legend — nothing else (no case, no name, no device). Inline styles only: the
 * print view runs without scripts or stylesheets.
 */
import { escapeHtml } from '../export/html.js';
import type { CijferLabels, CijferRegel, Periode } from './regioCijfers.js';

const CEL = 'border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:top';

/** One table per indicator (category, count, and percentage or days), in the order of the rows. */
export function cijfersHtml(regels: readonly CijferRegel[], periode: Periode, labels: CijferLabels, tekst: { titel: string; legenda: string }): string {
  const indicatoren = [...new Set(regels.map((r) => r.indicator))];
  const tabellen = indicatoren.map((indicator) => {
    const eigen = regels.filter((r) => r.indicator === indicator);
    const duur = indicator === 'doorlooptijd';
    const kolommen = duur ? (['categorie', 'aantal', 'mediaan', 'p25', 'p75'] as const) : (['categorie', 'aantal', 'percentage'] as const);
    const kop = kolommen.map((k) => `<th style="${CEL}">${escapeHtml(labels.kolom(k))}</th>`).join('');
    const rijen = eigen.map((r) => {
      const cellen = [
        r.categorie === '' ? labels.indicator(indicator) : labels.categorie(indicator, r.categorie),
        r.aantal,
        ...(duur ? [r.mediaan, r.p25, r.p75] : [r.percentage]),
      ];
      return `<tr>${cellen.map((c) => `<td style="${CEL}">${escapeHtml(c)}</td>`).join('')}</tr>`;
    });
    return [
      `<h2 style="font-size:12pt;margin:14pt 0 4pt">${escapeHtml(labels.indicator(indicator))}</h2>`,
      `<table style="border-collapse:collapse"><thead><tr>${kop}</tr></thead><tbody>`,
      ...rijen,
      '</tbody></table>',
    ].join('\n');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(tekst.titel)}</title>`,
    '</head>',
    '<body style="font-family:sans-serif;font-size:10pt;color:#111">',
    `<h1>${escapeHtml(tekst.titel)}</h1>`,
    `<p>${escapeHtml(labels.periode(periode))}</p>`,
    `<p>${escapeHtml(tekst.legenda)}</p>`,
    ...tabellen,
    '</body>',
    '</html>',
  ].join('\n');
}
