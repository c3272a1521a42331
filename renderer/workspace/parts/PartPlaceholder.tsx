/** A part whose editor is not built yet: says so, in the domain's words, instead of staying blank. */
import { useT } from '../../i18n/useT.js';
import type { PartId } from '../partIds.js';

export function PartPlaceholder({ part }: { readonly part: PartId }) {
  const t = useT();
  return <p className="utrecht-paragraph tafel-empty">{t('workspace.partComing', { part: t(`workspace.part.${part}`) })}</p>;
}
