/** "Wat staat er in deze casus": how many items each part holds, so the meeting sees at a glance what is there. */
import { useId } from 'react';
import type { CollectionName } from '../../../shared/model/index.js';
import { useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';

const GETELD = [
  'personen',
  'relaties',
  'netwerk',
  'hulpverleners',
  'gebeurtenissen',
  'factoren',
  'hypothesen',
  'risicotaxaties',
  'afspraken',
  'overleggen',
  'besluiten',
  'actiepunten',
] as const satisfies readonly CollectionName[];

export function Samenvatting() {
  const t = useT();
  const headingId = useId();
  return (
    <section className="tafel-gezin__blok" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('overzicht.inhoud.heading')}
      </h3>
      <dl className="tafel-overzicht__inhoud">
        {GETELD.map((naam) => (
          <Aantal key={naam} naam={naam} />
        ))}
      </dl>
    </section>
  );
}

// One subscription per collection: a change in one count re-renders only that line.
function Aantal({ naam }: { readonly naam: (typeof GETELD)[number] }) {
  const t = useT();
  const items = useCollection(naam);
  return (
    <div className="tafel-overzicht__aantal">
      <dt>{t(`overzicht.inhoud.${naam}`)}</dt>
      <dd>{items.length}</dd>
    </div>
  );
}
