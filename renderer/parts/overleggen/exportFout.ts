/** Refusals of the export core in the interface language (the core's own sentences are Dutch only). */
import { ExportError } from '../../../shared/export/index.js';
import type { Translate } from '../../../shared/i18n/i18n.js';

/** The sentence for an ExportError; anything else is rethrown (a bug, not a user's problem). */
export function exportFout(t: Translate, caught: unknown): string {
  if (!(caught instanceof ExportError)) throw caught;
  return t(`overleggen.fout.${caught.code}`);
}
