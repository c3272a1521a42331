/**
 * Mijn tafel: per case its phase, next overleg and evaluatiemoment, late and due actiepunten, open
 * vragen and bezwaren, low safety scales and whether the plan is agreed — read from each case's
 * summary in the local case list (shared/tafel), so no case is opened to show it. Each cell opens
 * the case at the part that shows it. An expert sees their own actiepunten unless they choose more.
 */
import { useId, useMemo, useState } from 'react';
import type { CaseSummary } from '../../../shared/sync/session/syncClient.js';
import {
  ACTIEPUNT_KEUZES,
  ACTIEPUNT_SORTERINGEN,
  GEEN_FILTER,
  TAFEL_SORTERINGEN,
  actiepuntenVan,
  filterRegels,
  sorteerRegels,
  tafelRegels,
  type ActiepuntKeuze,
  type ActiepuntSortering,
  type TafelFilter,
  type TafelRegel,
  type TafelSortering,
} from '../../../shared/tafel/mijnTafel.js';
import { CheckboxField, FieldFrame, SelectField } from '../../editors/fields/index.js';
import { dagInWoorden, vandaag } from '../../i18n/dagen.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { partOfCollection } from '../../workspace/partChanges.js';
import type { PartId } from '../../workspace/partIds.js';
import '../../styles/parts/mijnTafel.css';
import { JoinStatus } from '../JoinStatus.js';
import { useOpenFromList } from '../useOpenFromList.js';
import { ActiepuntenTabel } from './ActiepuntenTabel.js';

export function MijnTafel({ cases }: { readonly cases: readonly CaseSummary[] }) {
  const t = useT();
  const locale = useLocale();
  const zoekId = useId();
  const { opening, failed, joinStep, openCase } = useOpenFromList();
  const [keuze, setKeuze] = useState<ActiepuntKeuze>('rol');
  const [filter, setFilter] = useState<TafelFilter>(GEEN_FILTER);
  const [sortering, setSortering] = useState<TafelSortering>('actiepunten');
  const [actieSortering, setActieSortering] = useState<ActiepuntSortering>('deadline');
  const dag = vandaag();

  const alle = useMemo(
    () =>
      tafelRegels(
        cases.map((c) => ({ room: c.room, title: c.title === '' ? t('casusbeheer.cases.untitled') : c.title, samenvatting: c.entry?.tafel ?? null })),
        dag,
        keuze,
      ),
    [cases, dag, keuze, t],
  );
  const organisaties = useMemo(() => [...new Set(alle.flatMap((r) => r.organisaties))].sort((a, b) => a.localeCompare(b, 'nl')), [alle]);
  const regels = useMemo(() => sorteerRegels(filterRegels(alle, filter), sortering), [alle, filter, sortering]);
  const acties = useMemo(() => actiepuntenVan(regels, actieSortering), [regels, actieSortering]);

  /** A cell that opens the case at `part`; its name says which case and what opens. */
  const opener = (r: TafelRegel, wat: string, part: PartId) => (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle tafel-mijn-tafel__open"
      aria-busy={opening === r.room || undefined}
      aria-label={t('tafel.openBij', { casus: r.titel, wat, onderdeel: t(`workspace.part.${part}`) })}
      onClick={() => void openCase(r.room, part)}
    >
      {wat}
    </button>
  );
  const geen = <span className="tafel-mijn-tafel__geen">{t('tafel.geen')}</span>;
  const aantal = (n: number, een: string, meer: string): string => (n === 1 ? een : meer);

  return (
    <section className="tafel-section tafel-wide tafel-mijn-tafel" aria-labelledby="mijn-tafel-heading">
      <h2 id="mijn-tafel-heading" className="utrecht-heading-2">
        {t('tafel.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('tafel.uitleg')}</p>
      <fieldset className="utrecht-form-fieldset tafel-fieldset tafel-mijn-tafel__filters">
        <legend className="utrecht-form-fieldset__legend">{t('tafel.filters')}</legend>
        <FieldFrame id={zoekId} label={t('tafel.zoek')}>
          <input
            id={zoekId}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={filter.zoek}
            onChange={(e) => setFilter({ ...filter, zoek: e.target.value })}
          />
        </FieldFrame>
        <SelectField
          label={t('tafel.keuze')}
          value={keuze}
          options={ACTIEPUNT_KEUZES.map((k) => ({ value: k, label: t(`tafel.keuze.${k}`) }))}
          onChange={(v) => setKeuze(v === '' ? 'rol' : v)}
        />
        <SelectField
          label={t('tafel.organisatie')}
          value={filter.organisatie}
          emptyLabel={t('tafel.organisatie.alle')}
          options={organisaties.map((o) => ({ value: o, label: o }))}
          onChange={(v) => setFilter({ ...filter, organisatie: v })}
        />
        <SelectField
          label={t('tafel.sorteer')}
          value={sortering}
          options={TAFEL_SORTERINGEN.map((s) => ({ value: s, label: t(`tafel.sorteer.${s}`) }))}
          onChange={(v) => setSortering(v === '' ? 'actiepunten' : v)}
        />
        <CheckboxField
          label={t('tafel.alleenAandacht')}
          checked={filter.alleenAandacht}
          onChange={(alleenAandacht) => setFilter({ ...filter, alleenAandacht })}
        />
        <CheckboxField label={t('tafel.ookAfgesloten')} checked={filter.ookAfgesloten} onChange={(ookAfgesloten) => setFilter({ ...filter, ookAfgesloten })} />
      </fieldset>
      {failed && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('casusbeheer.cases.openFailed')}</p>
        </div>
      )}
      {joinStep !== null && <JoinStatus step={joinStep.step} />}
      {regels.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('tafel.geenRegels')}</p>
      ) : (
        <TableScroll
          caption={t('tafel.tabel', { aantal: regels.length })}
          className="tafel-mijn-tafel__tabel"
          columns={(['casus', 'fase', 'overleg', 'evaluatie', 'actiepunten', 'annotaties', 'schalen', 'plan'] as const).map((k) => ({
            key: k,
            label: t(`tafel.kolom.${k}`),
          }))}
        >
          <tbody className="utrecht-table__body">
            {regels.map((r) => {
              const annotaties = [
                r.vragen === 0 ? null : aantal(r.vragen, t('tafel.vraag'), t('tafel.vragen', { aantal: r.vragen })),
                r.bezwaren === 0 ? null : aantal(r.bezwaren, t('tafel.bezwaar'), t('tafel.bezwaren', { aantal: r.bezwaren })),
              ].filter((x): x is string => x !== null);
              const acties = [
                r.teLaat.length === 0 ? null : t('tafel.teLaat', { aantal: r.teLaat.length }),
                r.dezeWeek.length === 0 ? null : t('tafel.dezeWeek', { aantal: r.dezeWeek.length }),
              ].filter((x): x is string => x !== null);
              return (
                <tr key={r.room} className="utrecht-table__row" data-testid="tafel-regel">
                  <th scope="row" className="utrecht-table__header-cell">
                    {opener(r, r.titel, 'overzicht')}
                  </th>
                  {!r.bekend ? (
                    <td className="utrecht-table__cell" colSpan={7}>
                      {t('tafel.onbekend')}
                    </td>
                  ) : (
                    <>
                      <td className="utrecht-table__cell">{r.fase === undefined ? geen : t(`levensloop.fase.${r.fase}`)}</td>
                      <td className="utrecht-table__cell">
                        {r.volgendOverleg === undefined
                          ? geen
                          : opener(r, `${dagInWoorden(locale, r.volgendOverleg.datum)} (${overlegType(t, r.volgendOverleg.type)})`, 'overleggen')}
                      </td>
                      <td className="utrecht-table__cell">
                        {r.volgendEvaluatiemoment === undefined ? geen : opener(r, dagInWoorden(locale, r.volgendEvaluatiemoment), 'plan')}
                      </td>
                      <td className={`utrecht-table__cell${r.teLaat.length > 0 ? ' tafel-mijn-tafel__let-op' : ''}`}>
                        {acties.length === 0 ? geen : opener(r, acties.join(', '), 'overleggen')}
                      </td>
                      <td className={`utrecht-table__cell${r.bezwaren > 0 ? ' tafel-mijn-tafel__let-op' : ''}`}>
                        {annotaties.length === 0 ? geen : opener(r, annotaties.join(', '), annotatieDeel(r.annotatieDoel))}
                      </td>
                      <td className={`utrecht-table__cell${r.schalenOnder > 0 ? ' tafel-mijn-tafel__let-op' : ''}`}>
                        {r.schalenOnder === 0 ? geen : opener(r, t('tafel.schalenOnder', { aantal: r.schalenOnder }), 'risico')}
                      </td>
                      <td className="utrecht-table__cell">{opener(r, t(r.zonderPlan ? 'tafel.planNiet' : 'tafel.planWel'), 'plan')}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </TableScroll>
      )}
      <ActiepuntenTabel
        acties={acties}
        sortering={actieSortering}
        sorteringen={ACTIEPUNT_SORTERINGEN}
        onSortering={setActieSortering}
        opening={opening}
        onOpen={(room) => void openCase(room, 'overleggen')}
      />
    </section>
  );
}

/** The part a thread's target is shown in (the analysis when it is not known). */
function annotatieDeel(doel: string | undefined): PartId {
  return (doel === undefined ? undefined : partOfCollection(doel)) ?? 'analyse';
}

const OVERLEG_TYPES = ['triage', 'casusoverleg', 'netwerkbijeenkomst', 'evaluatie', 'spoed'] as const;

function overlegType(t: ReturnType<typeof useT>, type: string): string {
  const known = OVERLEG_TYPES.find((o) => o === type);
  return known === undefined ? type : t(`overleggen.type.${known}`);
}
