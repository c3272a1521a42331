/**
 * The overleggen part: the meetings of the case (type, date, status), "Overleg starten", the
 * chosen meeting in meeting mode, and the agreed versions with their exports.
 */
import { useId, useMemo, useState } from 'react';
import type { CaseModel } from '../../../shared/model/index.js';
import { AddForm, DraftField, SelectField, useCollection, useWrite } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { OverlegDetail, type OverlegKern } from './OverlegDetail.js';
import { overlegNaam, typeOptions, type OverlegType } from './options.js';
import { ingetrokkenLaatsteVersie } from './vaststellenOverzicht.js';
import { Versies } from './Versies.js';
import '../../styles/parts/overleggen.css';
import { dagInWoorden, vandaag } from '../../i18n/dagen.js';

// Without the rich texts: typing in the verslag changes the overleg, not the list or its forms.
const readOverleggen = (model: CaseModel): OverlegKern[] => model.overleggen.list().map(({ verslag: _v, wegingEnKwalificatie: _w, ...rest }) => rest);

export function OverleggenView() {
  const t = useT();
  const locale = useLocale();
  const { canEdit, canManage } = useWorkspace();
  const overleggen = usePart({ soort: 'collectie', naam: 'overleggen' }, readOverleggen);
  const versies = useCollection('versies');
  const headingId = useId();
  const [gekozenId, setGekozenId] = useState<string | null>(null);
  // Newest first: the meeting people are in is the one at the top.
  const gesorteerd = useMemo(() => [...overleggen].sort((a, b) => (a.datum < b.datum ? 1 : a.datum > b.datum ? -1 : 0)), [overleggen]);
  const gekozen = overleggen.find((o) => o.id === gekozenId);
  return (
    <div className="tafel-overleggen">
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('overleggen.intro')}</p>
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="utrecht-heading-3">
          {t('overleggen.lijst.heading')}
        </h3>
        {gesorteerd.length === 0 ? (
          <p className="utrecht-paragraph tafel-empty">{t(canManage ? 'overleggen.lijst.empty' : 'overleggen.lijst.emptyDeelnemer')}</p>
        ) : (
          <TableScroll
            caption={t('overleggen.lijst.caption')}
            className="tafel-overleggen__tabel"
            columns={(['datum', 'type', 'status', 'acties'] as const).map((c) => ({ key: c, label: t(`overleggen.lijst.${c}`) }))}
          >
            <tbody className="utrecht-table__body">
              {gesorteerd.map((o) => {
                const naam = overlegNaam(t, locale, o);
                return (
                  <tr key={o.id} className="utrecht-table__row" aria-current={o.id === gekozenId ? 'true' : undefined}>
                    <td className="utrecht-table__cell">{dagInWoorden(locale, o.datum)}</td>
                    <td className="utrecht-table__cell">{t(`overleggen.type.${o.type}`)}</td>
                    <td className="utrecht-table__cell">
                      {ingetrokkenLaatsteVersie(o.id, versies) === undefined ? t(`overleggen.status.${o.status}`) : t('overleggen.lijst.statusIngetrokken')}
                    </td>
                    <td className="utrecht-table__cell">
                      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setGekozenId(o.id)}>
                        {t('overleggen.lijst.open', { naam })}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableScroll>
        )}
        {canManage ? (
          <StartOverleg onGestart={setGekozenId} />
        ) : (
          canEdit && <p className="utrecht-paragraph tafel-item__kenmerken">{t('overleggen.startDoorVoorzitter')}</p>
        )}
      </section>
      {gekozen !== undefined && <OverlegDetail key={gekozen.id} overleg={gekozen} onSluiten={() => setGekozenId(null)} />}
      <Versies />
    </div>
  );
}

function StartOverleg({ onGestart }: { onGestart(id: string): void }) {
  const t = useT();
  const { model, viewer } = useWorkspace();
  const { write } = useWrite();
  const [type, setType] = useState<OverlegType>('casusoverleg');
  const [datum, setDatum] = useState(vandaag);
  const submit = (): string | null => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return t('overleggen.start.vulDatum');
    let id = '';
    const voorzitter = viewer.rollen.includes('voorzitter') && model.deelnemers.has(viewer.deelnemerId);
    const ok = write(() => {
      id = model.overleggen.add({ type, datum, status: 'bezig', gestartOp: model.ctx.now(), ...(voorzitter ? { voorzitterId: viewer.deelnemerId } : {}) });
    });
    if (!ok) return t('fields.error.invalid');
    onGestart(id);
    return null;
  };
  return (
    <AddForm heading={t('overleggen.start.heading')} submitLabel={t('overleggen.start.submit')} onSubmit={submit}>
      <SelectField<OverlegType> label={t('overleggen.veld.type')} value={type} options={typeOptions(t)} onChange={(v) => v !== '' && setType(v)} />
      <DraftField label={t('overleggen.veld.datum')} type="date" value={datum} onChange={setDatum} />
    </AddForm>
  );
}
