/**
 * Reading exported files back the way a recipient would — PDF through pdftotext, Word by
 * unzipping it and reading word/document.xml, Markdown as text — and the checks every export of
 * the agreed scenario must pass (unit tests and the browser e2e alike).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { AgreedContent } from '../../shared/export/index.js';
import { tekstBlokken } from '../../shared/export/text.js';

/** pdftotext (poppler-utils): `.ci/run` installs it. */
export const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/** Whitespace as one space, so text wrapped differently by each format compares equal. */
export const plat = (tekst: string): string => tekst.replace(/\s+/g, ' ').trim();

/** The text of a PDF: the pages' bodies (header and footer cropped off) and, apart, each page's header line. */
export function pdfTekst(bytes: Uint8Array): { body: string; koppen: string[] } {
  if (PDFTOTEXT === undefined) throw new Error('pdftotext (poppler-utils) is not installed');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tafel-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    writeFileSync(file, bytes);
    const lees = (...crop: string[]): string => execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', ...crop, file, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(PDFTOTEXT.replace(/pdftotext$/, 'pdfinfo'), [file], { encoding: 'utf8' }))?.[1] ?? 0);
    const koppen = Array.from({ length: pages }, (_, i) => plat(lees('-f', String(i + 1), '-l', String(i + 1), '-x', '0', '-y', '0', '-W', '596', '-H', '48')));
    // A4 is 842 pt high: the body lies between the header (top 48 pt) and the footer (bottom 48 pt).
    const body = lees('-x', '0', '-y', '48', '-W', '596', '-H', '746').replace(/^[•\u2022] ?/gm, '');
    return { body, koppen };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The visible text of a DOCX's document.xml: the <w:t> runs, one paragraph per line. */
export function docxTekst(bytes: Uint8Array): { body: string; kop: string } {
  const files = unzipSync(bytes);
  const xml = (name: string): string => (files[name] === undefined ? '' : strFromU8(files[name]));
  const tekst = (part: string): string =>
    part
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join('\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const header = Object.keys(files).find((n) => /^word\/header\d*\.xml$/.test(n)) ?? '';
  return { body: tekst(xml('word/document.xml')), kop: tekst(xml(header)) };
}

/** Markdown as plain reading text: markers and escapes off. */
export function markdownTekst(md: string): string {
  return md
    .split('\n')
    .map((l) => l.replace(/^(#+|>|-|\d+\.) /, '').replace(/^ +/, ''))
    .join('\n')
    .replace(/\*\*/g, '')
    .replace(/\\(.)/g, '$1');
}

/** What a reader of the scenario's export must find (and must not). */
export interface Verwachting {
  /** The agreed content the export was made from (its sections, tijdlijn, risicotaxaties). */
  readonly inhoud: AgreedContent;
  /** Names that must never stand under "Genomen door". */
  readonly nietGenomenDoor: readonly string[];
  /** This export holds besluiten (an extract only those of its organisation). */
  readonly metBesluiten: boolean;
  /** The overdue items this export holds, which must say so. */
  readonly teLaat: ReadonlyArray<'afspraak' | 'actiepunt'>;
  /** Text that must be in this export (e.g. a restricted value the receiver may see). */
  readonly wel?: readonly string[];
  /** Text that must not be in this export (e.g. a restricted value the receiver may not see). */
  readonly niet?: readonly string[];
}

/**
 * Problems with one export's text (empty when it is complete and true): every analysis section's
 * text, the tijdlijn and the risicotaxaties present; no observer under "Genomen door"; overdue
 * items said to be overdue; what must and must not be there.
 */
export function problemen(tekst: string, v: Verwachting): string[] {
  const doc = plat(tekst);
  const out: string[] = [];
  const moet = (stuk: string, waarom: string): void => {
    if (!doc.includes(plat(stuk))) out.push(`${waarom} ontbreekt: ${stuk}`);
  };
  for (const s of v.inhoud.analyse.secties) {
    moet(s.titel, 'Sectiekop');
    for (const b of tekstBlokken(s.tekst)) for (const stuk of b.soort === 'lijst' ? b.items : [b.tekst]) moet(stuk, `Tekst van ${s.titel}`);
  }
  for (const g of v.inhoud.tijdlijn ?? []) moet(g.titel, 'Tijdlijn');
  for (const r of v.inhoud.risico?.taxaties ?? []) {
    moet(r.instrument, 'Risicotaxatie');
    moet(r.uitkomst, 'Uitkomst risicotaxatie');
  }
  if (v.teLaat.includes('afspraak')) moet('te laat: de datum was voorbij bij het vaststellen', 'Te late afspraak');
  if (v.teLaat.includes('actiepunt')) moet('te laat: de deadline was voorbij bij het vaststellen', 'Te laat actiepunt');
  for (const m of doc.matchAll(/Genomen door:? (.*?)(?= Tegenspraak| Gezin:| Gezin )/g))
    for (const naam of v.nietGenomenDoor) if (m[1]?.includes(naam)) out.push(`${naam} staat onder "Genomen door"`);
  if (v.metBesluiten && !/Genomen door/.test(doc)) out.push('Geen "Genomen door" gevonden');
  if (/Status:? concept/.test(doc)) out.push('"Status: concept" in een vastgestelde versie');
  for (const w of v.wel ?? []) moet(w, 'Verwacht');
  for (const n of v.niet ?? []) if (doc.includes(plat(n))) out.push(`Hoort er niet in: ${n}`);
  return out;
}
