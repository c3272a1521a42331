/**
 * Besluiten as the table takes them: the decision, why, who disagreed and how, and whether the
 * family was told and what they said. Everyone sees a besluit appear as it is recorded. A besluit
 * is taken by those present in a deciding role (never an observer or notulist); tegenspraak is a
 * personal statement (shared/model persoonlijk.ts): each deelnemer records, changes or withdraws
 * only their own.
 */
import { useId, useMemo, useState } from 'react';
import { beslistMee, isEigenUitspraak, plainTextOf, richDocFromPlainText, type Besluit, type CaseModel } from '../../../shared/model/index.js';
import {
  AddForm,
  CheckboxField,
  DraftField,
  optionalText,
  RemoveButton,
  TextField,
  type Write,
  useCollection,
  useWrite,
  WriteError,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';
import { Wijzigen } from '../gezin/Wijzigen.js';
import { useNamen, type Namen } from './overlegNamen.js';

/** A besluit with its onderbouwing as plain text (the meeting view edits it as plain text). */
export type BesluitAlsTekst = Omit<Besluit, 'onderbouwing'> & { readonly onderbouwing: string };
const readBesluiten = (model: CaseModel): BesluitAlsTekst[] => model.besluiten.list().map((b) => ({ ...b, onderbouwing: plainTextOf(b.onderbouwing) }));
export const useBesluiten = (): BesluitAlsTekst[] => usePart({ soort: 'collectie', naam: 'besluiten' }, readBesluiten);

export function Besluiten({ overlegId, datum }: { readonly overlegId: string; readonly datum: string }) {
  const t = useT();
  const { canEdit } = useWorkspace();
  const alle = useBesluiten();
  const namen = useNamen();
  const { write, error } = useWrite();
  const headingId = useId();
  const lijst = useMemo(() => alle.filter((b) => b.overlegId === overlegId), [alle, overlegId]);
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.besluiten.heading')}
      </h4>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.besluiten.empty')}</p>
      ) : (
        <ol className="tafel-lijst tafel-overleg__besluiten">
          {lijst.map((b) => (
            <li key={b.id}>
              <BesluitItem besluit={b} namen={namen} write={write} />
            </li>
          ))}
        </ol>
      )}
      <WriteError error={error} />
      {canEdit && <NieuwBesluit overlegId={overlegId} datum={datum} />}
    </section>
  );
}

function BesluitItem({ besluit: b, namen, write }: { readonly besluit: BesluitAlsTekst; readonly namen: Namen; readonly write: Write }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const tekst = b.tekst;
  const heeftTegenspraak = b.tegenspraak !== undefined || b.tegenspraakDoor !== undefined;
  const eigenTegenspraak = isEigenUitspraak(model.ctx.actor, b.tegenspraakDoor, b.tegenspraakApparaatId);
  return (
    <div className="tafel-item tafel-overleg__besluit" data-doel={b.id}>
      <p className="utrecht-paragraph">
        <strong>{tekst}</strong>
      </p>
      <dl className="tafel-overleg__velden">
        {b.onderbouwing !== '' && (
          <>
            <dt>{t('overleggen.besluit.onderbouwing')}</dt>
            <dd>{b.onderbouwing}</dd>
          </>
        )}
        {b.tegenspraak !== undefined && (
          <>
            <dt>{t('overleggen.besluit.tegenspraak')}</dt>
            <dd>
              {b.tegenspraakDoor === undefined
                ? b.tegenspraak
                : t('overleggen.besluit.tegenspraakDoor', { wie: namen.persoon(b.tegenspraakDoor), tekst: b.tegenspraak })}
            </dd>
          </>
        )}
        {b.genomenDoor.length > 0 && (
          <>
            <dt>{t('overleggen.besluit.genomenDoor')}</dt>
            <dd>{b.genomenDoor.map((id) => namen.persoon(id)).join(', ')}</dd>
          </>
        )}
        <dt>{t('overleggen.besluit.gezin')}</dt>
        <dd>{b.gezinGeinformeerd ? (b.reactieGezin ?? t('overleggen.besluit.geinformeerdGeenReactie')) : t('overleggen.besluit.nietGeinformeerd')}</dd>
      </dl>
      {canEdit &&
        (eigenTegenspraak ? (
          <TextField
            label={t('overleggen.besluit.eigenTegenspraak')}
            multiline
            value={b.tegenspraak ?? ''}
            onCommit={(v) => write(() => model.besluiten.update(b.id, { tegenspraak: optionalText(v) }))}
          />
        ) : (
          <p className="utrecht-paragraph tafel-item__kenmerken">
            {t('overleggen.besluit.tegenspraakVanAnder', { wie: namen.persoon(b.tegenspraakDoor ?? '') })}
          </p>
        ))}
      <Wijzigen label={t('overleggen.besluit.wijzig', { tekst })}>
        <TextField
          label={t('overleggen.besluit.tekst')}
          required
          value={tekst}
          onCommit={(v) => v.trim() !== '' && write(() => model.besluiten.update(b.id, { tekst: v.trim() }))}
        />
        <TextField
          label={t('overleggen.besluit.onderbouwing')}
          multiline
          value={b.onderbouwing}
          onCommit={(v) => write(() => model.besluiten.update(b.id, { onderbouwing: richDocFromPlainText(v) }))}
        />
        <CheckboxField
          label={t('overleggen.besluit.geinformeerd')}
          checked={b.gezinGeinformeerd}
          onChange={(gezinGeinformeerd) => write(() => model.besluiten.update(b.id, { gezinGeinformeerd }))}
        />
        <TextField
          label={t('overleggen.besluit.reactie')}
          multiline
          value={b.reactieGezin ?? ''}
          onCommit={(v) => write(() => model.besluiten.update(b.id, { reactieGezin: optionalText(v) }))}
        />
        {/* A besluit that carries someone else's tegenspraak stays: removing it would silence them. */}
        <RemoveButton
          hidden={heeftTegenspraak && !eigenTegenspraak}
          label={t('overleggen.besluit.remove', { tekst })}
          onRemove={() => write(() => model.besluiten.remove(b.id))}
        />
      </Wijzigen>
    </div>
  );
}

function NieuwBesluit({ overlegId, datum }: { readonly overlegId: string; readonly datum: string }) {
  const t = useT();
  const { model } = useWorkspace();
  const deelnemers = useCollection('deelnemers');
  const aanwezigheid = useCollection('aanwezigheid');
  const { write } = useWrite();
  const [tekst, setTekst] = useState('');
  const [onderbouwing, setOnderbouwing] = useState('');
  const [tegenspraak, setTegenspraak] = useState('');
  const [geinformeerd, setGeinformeerd] = useState(false);
  const [reactie, setReactie] = useState('');
  const submit = (): string | null => {
    if (tekst.trim() === '') return t('overleggen.besluit.vulTekst');
    // The besluit is taken by the deelnemers present at the table in a deciding role: never an observer.
    const beslissers = new Set(deelnemers.filter((d) => beslistMee(d.rollen) && d.vertrokkenOp === undefined).map((d) => d.id));
    const genomenDoor = aanwezigheid.filter((a) => a.overlegId === overlegId && a.aanwezig === 'aanwezig' && beslissers.has(a.wie)).map((a) => a.wie);
    const ok = write(() =>
      model.besluiten.add({
        overlegId,
        datum,
        tekst: tekst.trim(),
        onderbouwing: richDocFromPlainText(onderbouwing.trim()),
        genomenDoor,
        tegenspraak: optionalText(tegenspraak),
        gezinGeinformeerd: geinformeerd,
        reactieGezin: optionalText(reactie),
      }),
    );
    if (!ok) return t('fields.error.invalid');
    setTekst('');
    setOnderbouwing('');
    setTegenspraak('');
    setGeinformeerd(false);
    setReactie('');
    return null;
  };
  return (
    <AddForm heading={t('overleggen.besluit.nieuw')} submitLabel={t('overleggen.besluit.add')} onSubmit={submit}>
      <DraftField label={t('overleggen.besluit.tekst')} value={tekst} onChange={setTekst} />
      <DraftField label={t('overleggen.besluit.onderbouwing')} multiline value={onderbouwing} onChange={setOnderbouwing} />
      <DraftField label={t('overleggen.besluit.eigenTegenspraak')} multiline value={tegenspraak} onChange={setTegenspraak} />
      <CheckboxField label={t('overleggen.besluit.geinformeerd')} checked={geinformeerd} onChange={setGeinformeerd} />
      <DraftField label={t('overleggen.besluit.reactie')} multiline value={reactie} onChange={setReactie} />
    </AddForm>
  );
}
