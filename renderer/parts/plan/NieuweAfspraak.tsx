/** A new afspraak for one doel: wat, wie, wanneer and wie controleert, in the fase it belongs to. */
import { useState } from 'react';
import { richDocFromPlainText, type Fase } from '../../../shared/model/index.js';
import { AddForm, DraftField, SelectField, type SelectOption, useWrite } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { faseOptions } from './options.js';

export interface NieuweAfspraakProps {
  readonly planId: string;
  readonly doelId: string;
  /** "Doel 1.2", to name the form. */
  readonly doelNaam: string;
  readonly actors: readonly SelectOption<string>[];
}

export function NieuweAfspraak({ planId, doelId, doelNaam, actors }: NieuweAfspraakProps) {
  const t = useT();
  const { model } = useWorkspace();
  const { write } = useWrite();
  const [wat, setWat] = useState('');
  const [wie, setWie] = useState('');
  const [wanneer, setWanneer] = useState('');
  const [controle, setControle] = useState('');
  const [fase, setFase] = useState<Fase>('directe_veiligheid');
  const submit = (): string | null => {
    if (wat.trim() === '') return t('plan.afspraak.vulWat');
    if (wie === '') return t('plan.afspraak.kiesWie');
    if (wanneer.trim() === '') return t('plan.afspraak.vulWanneer');
    const ok = write(() =>
      model.afspraken.add({
        planId,
        veiligheidsdoelId: doelId,
        fase,
        wie: [wie],
        wat: richDocFromPlainText(wat.trim()),
        wanneer: wanneer.trim(),
        controleDoor: controle === '' ? [] : [controle],
      }),
    );
    if (!ok) return t('fields.error.invalid');
    setWat('');
    setWie('');
    setWanneer('');
    setControle('');
    return null;
  };
  return (
    <AddForm heading={t('plan.afspraak.nieuw', { doel: doelNaam })} submitLabel={t('plan.afspraak.add')} onSubmit={submit} headingLevel={6}>
      <DraftField label={t('plan.afspraak.wat')} value={wat} onChange={setWat} multiline />
      <SelectField label={t('plan.afspraak.wie')} value={wie} options={actors} emptyLabel={t('fields.choose')} onChange={setWie} />
      <DraftField label={t('plan.afspraak.wanneer')} value={wanneer} onChange={setWanneer} />
      <SelectField label={t('plan.afspraak.controle')} value={controle} options={actors} emptyLabel={t('fields.choose')} onChange={setControle} />
      <SelectField<Fase> label={t('plan.afspraak.fase')} value={fase} options={faseOptions(t)} onChange={(v) => v !== '' && setFase(v)} />
    </AddForm>
  );
}
