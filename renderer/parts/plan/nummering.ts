/** The names the meeting uses for doelen: "Doel 1.2" is the second doel of the first zorg. */
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { SelectOption } from '../../editors/fields/index.js';

export function doelOpties(
  t: Translate,
  zorgen: readonly { readonly id: string }[],
  doelen: readonly { readonly id: string; readonly zorgStatementId: string }[],
): SelectOption<string>[] {
  return zorgen.flatMap((z, zi) =>
    doelen.filter((d) => d.zorgStatementId === z.id).map((d, di) => ({ value: d.id, label: t('plan.doel.naam', { zorg: zi + 1, nummer: di + 1 }) })),
  );
}
