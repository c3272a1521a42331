/**
 * Which way a field opens: the chair and the notulist edit (Bewerken); an expert outside a
 * meeting proposes (Voorstellen) in text that is part of the agreed version, so one
 * organisation does not change on its own what the table agreed. During a meeting (an overleg
 * "bezig") everyone edits, as at the table. Anyone can switch; this is only where a field starts.
 */
import { useMemo } from 'react';
import { agreedVersions, openAgreedVersion } from '../../../../shared/export/index.js';
import type { CaseModel, VoorstelPlek } from '../../../../shared/model/index.js';
import { useCollection } from '../../fields/index.js';
import { usePart, useWorkspace } from '../../../workspace/workspaceContext.js';
import type { Wijzigwijze } from './voorstelExtension.js';

/** Per case: the version the set was read from, so every field does not parse the same content again. */
const gelezen = new WeakMap<CaseModel, { versieId: string | undefined; ids: ReadonlySet<string> }>();

/** The sections (with text) and items of the latest agreed version that still holds. */
export function inVastgesteldeVersie(model: CaseModel): ReadonlySet<string> {
  const geldig = agreedVersions(model).filter((v) => v.inhoudAanwezig && v.versie.ingetrokkenOp === undefined);
  const laatste = geldig[geldig.length - 1];
  const bekend = gelezen.get(model);
  if (bekend !== undefined && bekend.versieId === laatste?.versie.id) return bekend.ids;
  const ids = idsVan(model, laatste?.versie.id);
  gelezen.set(model, { versieId: laatste?.versie.id, ids });
  return ids;
}

function idsVan(model: CaseModel, versieId: string | undefined): ReadonlySet<string> {
  if (versieId === undefined) return new Set();
  try {
    const { analyse, plan } = openAgreedVersion(model, versieId).inhoud;
    return new Set([
      ...analyse.secties.filter((s) => s.tekst !== '').map((s) => s.id),
      ...analyse.factoren.map((f) => f.id),
      ...analyse.hypothesen.map((h) => h.id),
      ...plan.plannen.map((p) => p.id),
      ...plan.doelen.map((d) => d.id),
      ...plan.afspraken.map((a) => a.id),
    ]);
  } catch {
    // Content this Tafel cannot read (newer layout): treat the field as not agreed.
    return new Set();
  }
}

const overlegBezig = (model: CaseModel): boolean => model.overleggen.list().some((o) => o.status === 'bezig');

/** The way `plek` starts for this user. */
export function useStandaardWijze(plek: VoorstelPlek | null): Wijzigwijze {
  const { model, viewer, user } = useWorkspace();
  const leidt = user.role === 'admin' || viewer.rollen.some((r) => r === 'voorzitter' || r === 'notulist');
  const bezig = usePart({ soort: 'collectie', naam: 'overleggen' }, overlegBezig);
  const versies = useCollection('versies');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new list of versions is what changes the answer
  const vastgesteld = useMemo(() => inVastgesteldeVersie(model), [model, versies]);
  if (plek === null || leidt || bezig) return 'bewerken';
  return vastgesteld.has(plek.id) ? 'voorstellen' : 'bewerken';
}
