/**
 * Live lists of one collection for a view: re-renders when that collection (or one it refers to)
 * changes, not on every keystroke elsewhere in the case.
 */
import { useMemo } from 'react';
import type { CaseModel, CollectionName } from '../../../shared/model/index.js';
import type { SelectOption } from './SelectField.js';
import { usePart } from '../../workspace/workspaceContext.js';

/** The entities of collection `N`, as the model lists them (oldest first). */
export type EntitiesOf<N extends CollectionName> = ReturnType<CaseModel[N]['list']>;

// One stable reader per collection, so the part store keeps its snapshot between renders.
const readers = new Map<CollectionName, (model: CaseModel) => unknown>();

function readerFor<N extends CollectionName>(naam: N): (model: CaseModel) => EntitiesOf<N> {
  let reader = readers.get(naam);
  if (reader === undefined) {
    reader = (model: CaseModel) => model[naam].list();
    readers.set(naam, reader);
  }
  return reader as (model: CaseModel) => EntitiesOf<N>;
}

export function useCollection<N extends CollectionName>(naam: N): EntitiesOf<N> {
  return usePart({ soort: 'collectie', naam }, readerFor(naam));
}

/** The case's organisations as options of a select (value: id, label: naam), for "which organisation" fields. */
export function useOrganisatieOpties(): readonly SelectOption<string>[] {
  const organisaties = useCollection('organisaties');
  return useMemo(() => organisaties.map((o) => ({ value: o.id, label: o.naam })), [organisaties]);
}
