/**
 * Recorded meningsverschillen: where gezin and professionals (or professionals among themselves)
 * see it differently, and who holds which standpunt, the gezin included.
 */
import { useId, useMemo } from 'react';
import type { Meningsverschil } from '../../../shared/model/index.js';
import {
  CheckboxField,
  EntityList,
  RemoveButton,
  SelectField,
  TextField,
  useCollection,
  useWrite,
  type SelectOption,
  type Write,
} from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { wieOptions } from './options.js';
import { Standpunten } from './Standpunten.js';

export function Meningsverschillen() {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const meningsverschillen = useCollection('meningsverschillen');
  const hypothesen = useCollection('hypothesen');
  const personen = useCollection('personen');
  const netwerk = useCollection('netwerk');
  const deelnemers = useCollection('deelnemers');
  const { write, error } = useWrite();
  const headingId = useId();
  const hypotheseOpties = useMemo(() => hypothesen.map((h) => ({ value: h.id, label: h.titel })), [hypothesen]);
  const wie = useMemo(() => wieOptions(t, personen, netwerk, deelnemers), [t, personen, netwerk, deelnemers]);
  return (
    <EntityList
      headingId={headingId}
      heading={t('analyse.meningsverschillen.heading')}
      emptyText={t('analyse.meningsverschillen.empty')}
      items={meningsverschillen}
      canEdit={canEdit}
      error={error}
      addLabel={t('analyse.meningsverschillen.add')}
      onAdd={() => write(() => model.meningsverschillen.add({ onderwerp: t('analyse.meningsverschillen.new') }))}
      renderItem={(m) => <MeningsverschilItem meningsverschil={m} hypothesen={hypotheseOpties} wie={wie} write={write} />}
    />
  );
}

interface ItemProps {
  readonly meningsverschil: Meningsverschil;
  readonly hypothesen: readonly SelectOption<string>[];
  readonly wie: readonly SelectOption<string>[];
  readonly write: Write;
}

function MeningsverschilItem({ meningsverschil: m, hypothesen, wie, write }: ItemProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  return (
    <article className="tafel-analyse__item">
      <h4 className="utrecht-heading-4 tafel-analyse__item-title">{m.onderwerp}</h4>
      <div className="tafel-analyse__fields">
        <TextField
          className="tafel-analyse__wide"
          label={t('analyse.meningsverschil.onderwerp')}
          value={m.onderwerp}
          readOnly={!canEdit}
          required
          onCommit={(onderwerp) => write(() => model.meningsverschillen.update(m.id, { onderwerp }))}
        />
        <SelectField
          label={t('analyse.meningsverschil.hypothese')}
          value={m.hypotheseId ?? ''}
          options={hypothesen}
          emptyLabel={t('analyse.bewijs.geen')}
          readOnly={!canEdit}
          onChange={(hypotheseId) => write(() => model.meningsverschillen.update(m.id, { hypotheseId: hypotheseId === '' ? undefined : hypotheseId }))}
        />
        <CheckboxField
          label={t('analyse.meningsverschil.opgelost')}
          checked={m.opgelost}
          readOnly={!canEdit}
          onChange={(opgelost) => write(() => model.meningsverschillen.update(m.id, { opgelost }))}
        />
      </div>
      <Standpunten meningsverschil={m} wie={wie} />
      <RemoveButton
        label={t('analyse.meningsverschil.remove', { onderwerp: m.onderwerp })}
        hidden={!canEdit}
        onRemove={() => write(() => model.meningsverschillen.remove(m.id))}
      />
    </article>
  );
}
