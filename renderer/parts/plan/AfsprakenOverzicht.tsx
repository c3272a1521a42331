/**
 * All afspraken of the plan at a glance, by wanneer (dated ones first, earliest first). An
 * overdue afspraak says "Te laat" in its status cell; the colour only repeats that.
 */
import { useId, useMemo, useState } from 'react';
import { werkfaseVan, type CaseModel, type Fase, type Werkfase } from '../../../shared/model/index.js';
import { SelectField, useCollection } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { usePart } from '../../workspace/workspaceContext.js';
import { doelOpties } from './nummering.js';
import { faseOptions, namenVan } from './options.js';
import { useAfsprakenAlsTekst, useDoelen } from './readers.js';
import { useActors } from './useActors.js';
import { isTeLaat, opVolgordeVanWanneer } from '../../../shared/model/index.js';
import { vandaag, wanneerInWoorden } from '../../i18n/dagen.js';

const readFase = (model: CaseModel): Werkfase => werkfaseVan(model.meta.get().fase);

export function AfsprakenOverzicht({ planId }: { readonly planId: string }) {
  const t = useT();
  const locale = useLocale();
  const alleAfspraken = useAfsprakenAlsTekst();
  const zorgen = useCollection('zorgStatements');
  const doelen = useDoelen();
  const actors = useActors();
  const doelNamen = useMemo(
    () =>
      new Map(
        doelOpties(
          t,
          zorgen.filter((z) => z.planId === planId),
          doelen,
        ).map((d) => [d.value, d.label]),
      ),
    [t, zorgen, doelen, planId],
  );
  const huidigeFase = usePart({ soort: 'meta' }, readFase);
  const [fase, setFase] = useState<Fase | ''>('');
  const afspraken = useMemo(
    () => opVolgordeVanWanneer(alleAfspraken.filter((a) => a.planId === planId && (fase === '' || a.fase === fase))),
    [alleAfspraken, planId, fase],
  );
  const vandaagDag = vandaag();
  const headingId = useId();
  return (
    <section className="tafel-plan__overzicht" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('plan.overzicht.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-plan__uitleg">{t('plan.overzicht.huidigeFase', { fase: t(`levensloop.werkfase.${huidigeFase}`) })}</p>
      <SelectField<Fase>
        label={t('plan.overzicht.toonFase')}
        value={fase}
        options={faseOptions(t)}
        emptyLabel={t('plan.overzicht.alleFasen')}
        onChange={setFase}
      />
      {afspraken.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{fase === '' ? t('plan.overzicht.empty') : t('plan.overzicht.geenInFase')}</p>
      ) : (
        <TableScroll
          caption={t('plan.overzicht.caption')}
          className="tafel-plan__tabel"
          columns={(['wanneer', 'wat', 'wie', 'controle', 'doel', 'fase', 'status'] as const).map((c) => ({ key: c, label: t(`plan.overzicht.kolom.${c}`) }))}
        >
          <tbody className="utrecht-table__body">
            {afspraken.map((a) => {
              const teLaat = isTeLaat(a, vandaagDag);
              return (
                <tr key={a.id} className={`utrecht-table__row${teLaat ? ' tafel-plan__rij--te-laat' : ''}`}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {wanneerInWoorden(locale, a.wanneer)}
                  </th>
                  <td className="utrecht-table__cell">{a.wat === '' ? t('plan.overzicht.leeg') : a.wat}</td>
                  <td className="utrecht-table__cell">{namenVan(t, a.wie, actors)}</td>
                  <td className="utrecht-table__cell">{namenVan(t, a.controleDoor, actors)}</td>
                  <td className="utrecht-table__cell">
                    {a.veiligheidsdoelId === undefined ? t('plan.afspraak.geenDoel') : (doelNamen.get(a.veiligheidsdoelId) ?? t('plan.afspraak.geenDoel'))}
                  </td>
                  <td className="utrecht-table__cell">{t(`plan.fase.${a.fase}`)}</td>
                  <td className="utrecht-table__cell">
                    {t(`plan.afspraakStatus.${a.status}`)}
                    {teLaat && <strong className="tafel-plan__te-laat"> {t('plan.afspraak.teLaat')}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableScroll>
      )}
    </section>
  );
}
