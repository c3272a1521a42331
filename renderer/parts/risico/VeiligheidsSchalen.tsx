/**
 * Safety scales (Signs of Safety): per zorg statement in the veiligheidsplan, each person's 0-10
 * score at each meeting, laid out over time so the meeting sees who moves and who does not.
 */
import { useId, useMemo, useState } from 'react';
import type { VeiligheidsSchaal, ZorgStatement } from '../../../shared/model/index.js';
import { AddForm, DraftField, FieldFrame, SelectField, type SelectOption, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useAanTafel } from '../../editors/fields/aanTafel.js';
import { wieOptions } from '../analyse/options.js';
import { schaalInWoorden } from './options.js';
import { dagInWoorden, vandaag } from '../../i18n/dagen.js';

export function VeiligheidsSchalen() {
  const t = useT();
  const zorgen = useCollection('zorgStatements');
  const schalen = useCollection('veiligheidsSchalen');
  const personen = useCollection('personen');
  const netwerk = useCollection('netwerk');
  const aanTafel = useAanTafel();
  const wie = useMemo(() => wieOptions(t, personen, netwerk, aanTafel), [t, personen, netwerk, aanTafel]);
  const headingId = useId();
  return (
    <section className="tafel-risico__schalen" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('risico.schalen.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-risico__uitleg">{t('risico.schalen.uitleg')}</p>
      {zorgen.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('risico.schalen.geenZorgen')}</p>
      ) : (
        zorgen.map((zorg) => <ZorgSchaal key={zorg.id} zorg={zorg} schalen={schalen.filter((s) => s.zorgStatementId === zorg.id)} wie={wie} />)
      )}
    </section>
  );
}

interface ZorgSchaalProps {
  readonly zorg: ZorgStatement;
  readonly schalen: readonly VeiligheidsSchaal[];
  readonly wie: readonly SelectOption<string>[];
}

function ZorgSchaal({ zorg, schalen, wie }: ZorgSchaalProps) {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const { write, error } = useWrite();
  const headingId = useId();
  const naamVan = (id: string): string => wie.find((o) => o.value === id)?.label ?? t('risico.onbekend');
  // Columns in time order on the ISO day; people read the day in words.
  const datums = [...new Set(schalen.map((s) => s.datum))].sort();
  const personenMetScore = [...new Set(schalen.map((s) => s.wie))];
  // The latest score of a person on a day wins (the list is oldest first).
  const cel = new Map(schalen.map((s) => [`${s.wie}|${s.datum}`, s]));
  return (
    <section className="tafel-risico__zorg" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('risico.schalen.zorg', { waarover: zorg.waarover })}
      </h4>
      {schalen.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('risico.schalen.empty')}</p>
      ) : (
        <TableScroll
          caption={t('risico.schalen.tabel', { waarover: zorg.waarover })}
          className="tafel-risico__tabel"
          columns={[{ key: 'wie', label: t('risico.schalen.wie') }, ...datums.map((d) => ({ key: d, label: dagInWoorden(locale, d) }))]}
        >
          <tbody className="utrecht-table__body">
            {personenMetScore.map((p) => (
              <tr key={p} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {naamVan(p)}
                </th>
                {datums.map((d) => {
                  const s = cel.get(`${p}|${d}`);
                  return (
                    <td key={d} className="utrecht-table__cell tafel-risico__score-cel">
                      {s !== undefined && (
                        <>
                          <span className="tafel-risico__score" title={schaalInWoorden(t, s.score)}>
                            {t('risico.schalen.score', { score: s.score })}
                          </span>
                          {s.waarom !== undefined && <span className="tafel-risico__waarom">{s.waarom}</span>}
                          {canEdit && (
                            <button
                              type="button"
                              className="utrecht-button utrecht-button--subtle tafel-risico__verwijder"
                              aria-label={t('risico.schalen.remove', { wie: naamVan(p), datum: dagInWoorden(locale, d) })}
                              onClick={() => write(() => model.veiligheidsSchalen.remove(s.id))}
                            >
                              {t('risico.schalen.verwijder')}
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </TableScroll>
      )}
      <WriteError error={error} />
      {canEdit && <NieuweScore zorgId={zorg.id} wie={wie} />}
    </section>
  );
}

function NieuweScore({ zorgId, wie }: { readonly zorgId: string; readonly wie: readonly SelectOption<string>[] }) {
  const t = useT();
  const { model } = useWorkspace();
  const { write, error } = useWrite();
  const [wieId, setWieId] = useState('');
  const [datum, setDatum] = useState(vandaag);
  const [score, setScore] = useState(5);
  const [waarom, setWaarom] = useState('');
  const ids = { datum: useId(), score: useId() };
  const inWoorden = schaalInWoorden(t, score);
  const submit = (): string | null => {
    if (wieId === '') return t('risico.schaal.kiesWie');
    const tekst = waarom.trim();
    if (write(() => model.veiligheidsSchalen.add({ zorgStatementId: zorgId, wie: wieId, datum, score, ...(tekst === '' ? {} : { waarom: tekst }) }))) {
      setWieId('');
      setWaarom('');
      setScore(5);
    }
    return null;
  };
  return (
    <AddForm heading={t('risico.schaal.nieuw')} submitLabel={t('risico.schaal.add')} onSubmit={submit} error={error} headingLevel={5}>
      <SelectField label={t('risico.schaal.wie')} value={wieId} options={wie} emptyLabel={t('fields.choose')} onChange={setWieId} />
      <DraftField id={ids.datum} label={t('risico.schaal.datum')} type="date" value={datum} onChange={setDatum} />
      <FieldFrame id={ids.score} label={t('risico.schaal.score')} className="tafel-risico__schaal">
        <input
          id={ids.score}
          type="range"
          className="tafel-risico__slider"
          min={0}
          max={10}
          step={1}
          value={score}
          aria-valuetext={inWoorden}
          onChange={(e) => setScore(Number(e.target.value))}
        />
        {/* The same words the slider announces, for those who see it. */}
        <p className="utrecht-paragraph tafel-risico__schaal-woorden" aria-hidden="true">
          {inWoorden}
        </p>
      </FieldFrame>
      <DraftField label={t('risico.schaal.waarom')} multiline value={waarom} onChange={setWaarom} />
    </AddForm>
  );
}
