/**
 * What the chair should know before "Vaststellen" and after "intrekken": how much of the meeting
 * is frozen (what is still open is shared/export openPunten.ts), and whether the overleg's latest
 * agreed version was withdrawn (then only a new Vaststellen gives the overleg a valid version again).
 */
import type { Aanwezigheid, Actiepunt, Besluit, VastgesteldeVersie } from '../../../shared/model/index.js';

/** The summary the confirmation of Vaststellen shows. */
export interface VaststellenOverzicht {
  /** Who is recorded as present (ids of deelnemers, gezinsleden or network members), in list order. */
  readonly aanwezigen: readonly string[];
  readonly besluiten: number;
  readonly actiepunten: number;
  /** Earlier actiepunten reviewed in this meeting (the verslag's terugblik). */
  readonly terugblik: number;
}

/**
 * The summary for one overleg, counted the way the agreed content is built
 * (shared/export/canonical.ts): besluiten and actiepunten of this overleg, and earlier actiepunten
 * reviewed in it.
 */
export function vaststellenOverzicht(
  overlegId: string,
  lijsten: { readonly aanwezigheid: readonly Aanwezigheid[]; readonly besluiten: readonly Besluit[]; readonly actiepunten: readonly Actiepunt[] },
): VaststellenOverzicht {
  const aanwezig = lijsten.aanwezigheid.filter((a) => a.overlegId === overlegId && a.aanwezig === 'aanwezig');
  return {
    aanwezigen: [...new Set(aanwezig.map((a) => a.wie))],
    besluiten: lijsten.besluiten.filter((b) => b.overlegId === overlegId).length,
    actiepunten: lijsten.actiepunten.filter((a) => a.overlegId === overlegId).length,
    terugblik: lijsten.actiepunten.filter((a) => a.gereviewdInOverlegId === overlegId && a.overlegId !== overlegId).length,
  };
}

/**
 * The overleg's latest agreed version when that one was withdrawn; undefined when the overleg has
 * no version or its latest still holds. A withdrawn version stays withdrawn (trekVersieIn), so a
 * new Vaststellen is the only way to a valid one; an older version does not come back into force.
 */
export function ingetrokkenLaatsteVersie(overlegId: string, versies: readonly VastgesteldeVersie[]): VastgesteldeVersie | undefined {
  let laatste: VastgesteldeVersie | undefined;
  for (const v of versies) {
    if (v.overlegId !== overlegId) continue;
    if (laatste === undefined || v.vastgesteldOp > laatste.vastgesteldOp || (v.vastgesteldOp === laatste.vastgesteldOp && v.id > laatste.id)) laatste = v;
  }
  return laatste?.ingetrokkenOp === undefined ? undefined : laatste;
}
