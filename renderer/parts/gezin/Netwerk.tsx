/**
 * The netwerk (ecomap) as a table a screen reader can walk: who, their relation to the gezin,
 * what they can help with, whether they are safe, and whether they are in the veiligheidsplan.
 */
import { useId, useState } from 'react';
import type { NetwerkLid } from '../../../shared/model/index.js';
import {
  AddForm,
  CheckboxField,
  DraftField,
  RemoveButton,
  SelectField,
  TextField,
  type Write,
  useCollection,
  useWrite,
  WriteError,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { veiligOptions, type Veilig } from './options.js';
import { Wijzigen } from './Wijzigen.js';

/** "opvang kinderen, overdracht" → the list the model keeps, without empty entries. */
const alsLijst = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function Netwerk() {
  const t = useT();
  const { canEdit } = useWorkspace();
  const netwerk = useCollection('netwerk');
  const { write, error } = useWrite();
  const headingId = useId();
  return (
    <section className="tafel-gezin__blok" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('gezin.netwerk.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('gezin.netwerk.uitleg')}</p>
      {netwerk.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('gezin.netwerk.empty')}</p>
      ) : (
        <TableScroll
          caption={t('gezin.netwerk.caption')}
          className="tafel-gezin__netwerk"
          columns={(['naam', 'relatie', 'helpen', 'veilig', 'inPlan'] as const).map((c) => ({ key: c, label: t(`gezin.netwerk.${c}`) }))}
        >
          <tbody className="utrecht-table__body">
            {netwerk.map((n) => (
              <tr key={n.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {n.naam}
                </th>
                <td className="utrecht-table__cell">{n.relatieTotGezin}</td>
                <td className="utrecht-table__cell">{n.kanHelpenMet.join(', ')}</td>
                <td className={`utrecht-table__cell tafel-veilig tafel-veilig--${n.veilig}`}>{t(`gezin.veilig.${n.veilig}`)}</td>
                <td className="utrecht-table__cell">{t(n.inVeiligheidsplan ? 'gezin.ja' : 'gezin.nee')}</td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      )}
      {canEdit && netwerk.length > 0 && (
        <ul className="tafel-lijst tafel-lijst--compact">
          {netwerk.map((n) => (
            <li key={n.id}>
              <NetwerkWijzigen lid={n} write={write} />
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && <NieuwNetwerkLid />}
    </section>
  );
}

function NetwerkWijzigen({ lid, write }: { readonly lid: NetwerkLid; readonly write: Write }) {
  const t = useT();
  const { model } = useWorkspace();
  const update = (patch: Parameters<typeof model.netwerk.update>[1]): void => {
    write(() => model.netwerk.update(lid.id, patch));
  };
  const naam = lid.naam;
  return (
    <Wijzigen label={t('gezin.netwerk.wijzig', { naam })}>
      <div className="tafel-velden">
        <TextField label={t('gezin.netwerk.naam')} required value={naam} onCommit={(v) => v.trim() !== '' && update({ naam: v.trim() })} />
        <TextField label={t('gezin.netwerk.relatie')} value={lid.relatieTotGezin} onCommit={(v) => update({ relatieTotGezin: v.trim() })} />
        <TextField
          label={t('gezin.netwerk.helpen')}
          description={t('gezin.netwerk.helpenUitleg')}
          value={lid.kanHelpenMet.join(', ')}
          onCommit={(v) => update({ kanHelpenMet: alsLijst(v) })}
        />
        <SelectField<Veilig>
          label={t('gezin.netwerk.veilig')}
          value={lid.veilig}
          options={veiligOptions(t)}
          onChange={(v) => v !== '' && update({ veilig: v })}
        />
      </div>
      <CheckboxField
        label={t('gezin.netwerk.inPlanVan', { naam })}
        checked={lid.inVeiligheidsplan}
        onChange={(inVeiligheidsplan) => update({ inVeiligheidsplan })}
      />
      <RemoveButton label={t('gezin.netwerk.remove', { naam })} onRemove={() => write(() => model.netwerk.remove(lid.id))} />
    </Wijzigen>
  );
}

function NieuwNetwerkLid() {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [naam, setNaam] = useState('');
  const [relatie, setRelatie] = useState('');
  const [helpen, setHelpen] = useState('');
  const [veilig, setVeilig] = useState<Veilig>('onbekend');
  const submit = (): string | null => {
    if (naam.trim() === '') return t('gezin.netwerk.vulNaam');
    if (!write(() => model.netwerk.add({ naam: naam.trim(), relatieTotGezin: relatie.trim(), kanHelpenMet: alsLijst(helpen), veilig })))
      return t('fields.error.invalid');
    setNaam('');
    setRelatie('');
    setHelpen('');
    setVeilig('onbekend');
    return null;
  };
  return (
    <AddForm heading={t('gezin.netwerk.nieuw')} submitLabel={t('gezin.netwerk.add')} onSubmit={submit}>
      <DraftField label={t('gezin.netwerk.naam')} value={naam} onChange={setNaam} />
      <DraftField label={t('gezin.netwerk.relatie')} value={relatie} onChange={setRelatie} />
      <DraftField label={t('gezin.netwerk.helpen')} description={t('gezin.netwerk.helpenUitleg')} value={helpen} onChange={setHelpen} />
      <SelectField<Veilig> label={t('gezin.netwerk.veilig')} value={veilig} options={veiligOptions(t)} onChange={(v) => v !== '' && setVeilig(v)} />
    </AddForm>
  );
}
