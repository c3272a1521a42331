/**
 * The warning under an open text field when what is typed looks like a restricted value this
 * device knows (shared/afscherming/kopie.ts): in words, naming whose value it is, while the text is
 * still being typed. A device that cannot open the value cannot warn (docs/afscherming.md).
 */
import { useMemo } from 'react';
import { bekendeWaarden, vindKopie, type BekendeWaarde } from '../../../shared/afscherming/index.js';
import { useT } from '../../i18n/useT.js';
import { useCollection } from './useCollection.js';

/** The restricted values this device knows, kept up to date. */
export function useBekendeWaarden(): readonly BekendeWaarde[] {
  const personen = useCollection('personen');
  const noodcontacten = useCollection('noodcontacten');
  return useMemo(() => bekendeWaarden({ personen, noodcontacten }), [personen, noodcontacten]);
}

export function KopieWaarschuwing({ kopie }: { readonly kopie: BekendeWaarde | undefined }) {
  const t = useT();
  if (kopie === undefined) return null;
  return (
    <p className="utrecht-paragraph tafel-kopie-waarschuwing" role="alert">
      {t(`afscherming.kopie.${kopie.soort}`, { naam: kopie.naam })}
    </p>
  );
}

/** The warning for `tekst`, for a plain text field. */
export function KopieWaarschuwingVoor({ tekst }: { readonly tekst: string }) {
  const waarden = useBekendeWaarden();
  return <KopieWaarschuwing kopie={vindKopie(tekst, waarden)} />;
}
