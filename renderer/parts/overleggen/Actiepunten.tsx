/** Actiepunten of this overleg: what, who (person and organisation), by when, and the status. */
import { useId, useMemo, useState } from 'react';
import type { Actiepunt } from '../../../shared/model/index.js';
import {
  AddForm,
  DraftField,
  optionalText,
  RemoveButton,
  SelectField,
  TextField,
  type Write,
  useCollection,
  useWrite,
  WriteError,
} from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { metHuidige, useAanTafel } from '../../editors/fields/aanTafel.js';
import { Wijzigen } from '../gezin/Wijzigen.js';
import { useBesluiten } from './Besluiten.js';
import { useNamen, type Namen } from './overlegNamen.js';
import { actiepuntStatusOptions, type ActiepuntStatus } from './options.js';
import { dagInWoorden } from '../../i18n/dagen.js';

export function Actiepunten({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { canEdit } = useWorkspace();
  const alle = useCollection('actiepunten');
  const namen = useNamen();
  const { write, error } = useWrite();
  const headingId = useId();
  const lijst = useMemo(() => alle.filter((a) => a.overlegId === overlegId), [alle, overlegId]);
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.actiepunten.heading')}
      </h4>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.actiepunten.empty')}</p>
      ) : (
        <ul className="tafel-lijst tafel-overleg__actiepunten">
          {lijst.map((a) => (
            <li key={a.id}>
              <ActiepuntItem actiepunt={a} namen={namen} write={write} />
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && <NieuwActiepunt overlegId={overlegId} />}
    </section>
  );
}

function ActiepuntItem({ actiepunt: a, namen, write }: { readonly actiepunt: Actiepunt; readonly namen: Namen; readonly write: Write }) {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const alle = useCollection('deelnemers');
  const deelnemers = metHuidige(useAanTafel(), alle, [a.eigenaarDeelnemerId]);
  const wat = a.omschrijving;
  return (
    <div className="tafel-item" data-doel={a.id}>
      <p className="utrecht-paragraph">
        <strong>{wat}</strong>
      </p>
      <p className="utrecht-paragraph tafel-item__kenmerken">
        {t('overleggen.actiepunt.kenmerken', {
          eigenaar: namen.persoon(a.eigenaarDeelnemerId),
          organisatie: namen.organisatie(a.eigenaarOrgId),
          deadline: dagInWoorden(locale, a.deadline),
        })}
      </p>
      <SelectField<ActiepuntStatus>
        label={t('overleggen.actiepunt.status', { wat })}
        value={a.status}
        options={actiepuntStatusOptions(t)}
        readOnly={!canEdit}
        onChange={(status) => status !== '' && write(() => model.actiepunten.update(a.id, { status }))}
      />
      <Wijzigen label={t('overleggen.actiepunt.wijzig', { wat })}>
        <TextField
          label={t('overleggen.actiepunt.omschrijving')}
          required
          value={wat}
          onCommit={(v) => v.trim() !== '' && write(() => model.actiepunten.update(a.id, { omschrijving: v.trim() }))}
        />
        <SelectField
          label={t('overleggen.actiepunt.eigenaar')}
          value={a.eigenaarDeelnemerId}
          options={deelnemers.map((d) => ({ value: d.id, label: d.naam }))}
          onChange={(v) => {
            const d = deelnemers.find((x) => x.id === v);
            if (d !== undefined) write(() => model.actiepunten.update(a.id, { eigenaarDeelnemerId: d.id, eigenaarOrgId: d.organisatieId }));
          }}
        />
        <TextField
          label={t('overleggen.actiepunt.deadline')}
          type="date"
          required
          value={a.deadline}
          onCommit={(v) => v !== '' && write(() => model.actiepunten.update(a.id, { deadline: v }))}
        />
        <TextField
          label={t('overleggen.actiepunt.terugkoppeling')}
          value={a.terugkoppeling ?? ''}
          onCommit={(v) => write(() => model.actiepunten.update(a.id, { terugkoppeling: optionalText(v) }))}
        />
        <RemoveButton label={t('overleggen.actiepunt.remove', { wat })} onRemove={() => write(() => model.actiepunten.remove(a.id))} />
      </Wijzigen>
    </div>
  );
}

function NieuwActiepunt({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const { model } = useWorkspace();
  const deelnemers = useAanTafel();
  const besluiten = useBesluiten();
  const namen = useNamen();
  const { write } = useWrite();
  const [omschrijving, setOmschrijving] = useState('');
  const [eigenaar, setEigenaar] = useState('');
  const [deadline, setDeadline] = useState('');
  const [besluitId, setBesluitId] = useState('');
  const submit = (): string | null => {
    if (omschrijving.trim() === '') return t('overleggen.actiepunt.vulOmschrijving');
    const d = deelnemers.find((x) => x.id === eigenaar);
    if (d === undefined) return t('overleggen.actiepunt.vulEigenaar');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return t('overleggen.actiepunt.vulDeadline');
    const ok = write(() =>
      model.actiepunten.add({
        overlegId,
        omschrijving: omschrijving.trim(),
        eigenaarDeelnemerId: d.id,
        eigenaarOrgId: d.organisatieId,
        deadline,
        status: 'open',
        ...(besluitId === '' ? {} : { besluitId }),
      }),
    );
    if (!ok) return t('fields.error.invalid');
    setOmschrijving('');
    setEigenaar('');
    setDeadline('');
    setBesluitId('');
    return null;
  };
  return (
    <AddForm heading={t('overleggen.actiepunt.nieuw')} submitLabel={t('overleggen.actiepunt.add')} onSubmit={submit}>
      <DraftField label={t('overleggen.actiepunt.omschrijving')} value={omschrijving} onChange={setOmschrijving} />
      <SelectField
        label={t('overleggen.actiepunt.eigenaar')}
        value={eigenaar}
        options={deelnemers.map((d) => ({
          value: d.id,
          label: t('overleggen.aanwezigheid.kandidaat', { naam: d.naam, organisatie: namen.organisatie(d.organisatieId) }),
        }))}
        emptyLabel={t('overleggen.actiepunt.kiesEigenaar')}
        onChange={setEigenaar}
      />
      <DraftField label={t('overleggen.actiepunt.deadline')} type="date" value={deadline} onChange={setDeadline} />
      <SelectField
        label={t('overleggen.actiepunt.besluit')}
        value={besluitId}
        options={besluiten.filter((b) => b.overlegId === overlegId).map((b) => ({ value: b.id, label: b.tekst }))}
        emptyLabel={t('overleggen.actiepunt.geenBesluit')}
        onChange={setBesluitId}
      />
    </AddForm>
  );
}
