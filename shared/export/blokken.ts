/** The shape every writer lays out: a document of titled sections made of blocks (layout.ts builds it). */
import type { ExportKop } from './header.js';

/** One block of a section. */
export type Blok =
  | { readonly soort: 'kop'; readonly niveau: 3 | 4 | 5; readonly tekst: string }
  | { readonly soort: 'alinea'; readonly tekst: string }
  | { readonly soort: 'lijst'; readonly items: readonly string[]; readonly genummerd?: boolean }
  | { readonly soort: 'velden'; readonly velden: ReadonlyArray<readonly [string, string]> };

/** A titled section (a level-2 heading). */
export interface ExportSectie {
  readonly titel: string;
  readonly blokken: readonly Blok[];
}

/** A document ready for a writer. */
export interface ExportDocument {
  readonly titel: string;
  readonly kop: ExportKop;
  readonly secties: readonly ExportSectie[];
}
