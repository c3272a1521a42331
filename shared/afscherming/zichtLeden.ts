/**
 * Who belongs to the audience of a restricted value. The audience is what people recorded in the
 * case (`zichtbaarVoor`: roles and deelnemer ids); the devices come from the signed membership log
 * (`CaseSession.devices`), never from the relay's word: a device belongs when the log lists it as
 * active and its label (name and organisation, signed into the log when it joined and shown to
 * the chair at approval) is that of a deelnemer in the audience who has not left the table.
 */
import { magZien, type CaseModel, type Viewer } from '../model/index.js';
import type { Publiek, ZichtLeden } from '../annotaties/index.js';
import type { DeviceInfo } from '../protocol/messages.js';

/** The audience of a value visible for `zichtbaarVoor` (order and repeats do not matter). */
export function publiekVoorZicht(zichtbaarVoor: readonly string[]): Publiek {
  return `zicht:${[...new Set(zichtbaarVoor)].sort().join(',')}`;
}

/** The `zichtbaarVoor` entries of a `zicht:` audience. */
export function zichtUit(publiek: Publiek): string[] {
  return publiek.startsWith('zicht:')
    ? publiek
        .slice(6)
        .split(',')
        .filter((s) => s !== '')
    : [];
}

const zelfde = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The deelnemers (at the table) a value visible for `entries` reaches. */
export function deelnemersIn(model: CaseModel, entries: readonly string[]): Array<{ id: string; naam: string; organisatie: string }> {
  const out: Array<{ id: string; naam: string; organisatie: string }> = [];
  for (const d of model.deelnemers.list()) {
    if (d.vertrokkenOp !== undefined) continue;
    if (!magZien({ deelnemerId: d.id, orgId: d.organisatieId, rollen: d.rollen }, { zichtbaarVoor: entries })) continue;
    out.push({ id: d.id, naam: d.naam, organisatie: model.organisaties.get(d.organisatieId)?.naam ?? '' });
  }
  return out;
}

export interface ZichtLedenDeps {
  readonly model: CaseModel;
  /** This device's user (their roles as the case records them). */
  readonly viewer: Viewer;
  /** The members of the verified membership log (`CaseSession.devices`). */
  readonly devices: () => readonly DeviceInfo[];
}

/** Audience membership for the keyring (`AnnotatieKeyringDeps.zicht`). */
export function zichtLeden(deps: ZichtLedenDeps): ZichtLeden {
  return {
    isLid: (publiek) => magZien(deps.viewer, { zichtbaarVoor: zichtUit(publiek) }),
    apparaten: (publiek) => {
      const mensen = deelnemersIn(deps.model, zichtUit(publiek));
      const out = new Set<string>();
      for (const d of deps.devices()) {
        if (d.status !== 'active') continue;
        if (mensen.some((m) => zelfde(m.naam, d.label.name) && zelfde(m.organisatie, d.label.organisation))) out.add(d.id);
      }
      return out;
    },
  };
}
