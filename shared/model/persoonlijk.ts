/**
 * Personal statements: what one person says for themselves — an expert's eigen standpunt on the
 * gezinsprofiel, their view in a meningsverschil, their tegenspraak against a besluit, their
 * confirmation of confidentiality at a meeting. Only that person writes, changes or withdraws it,
 * from the device that recorded it; everyone else sees it and can comment in a thread. Otherwise
 * one expert could overwrite another's view and "zo blijft zichtbaar waar de deskundigen
 * verschillen" (DOMAIN.md §2) would no longer hold.
 *
 * How the author is recorded, so a receiving device can check it against the signer of the frame
 * that carried the change: the author's deelnemer id (stable across their devices and sessions:
 * `deelnemerId`, `wie`, `tegenspraakDoor`, or the attendee `wie`) plus the id of the device that
 * wrote it (`ModelContext.actor.apparaatId`, the sync layer's device id), in the statement's own
 * `…ApparaatId` field. The model fills that field itself; a caller cannot set it.
 *
 * A CRDT cannot refuse a write that a modified client makes anyway: this is the honest client's
 * rule. A check on receipt against the frame's signer is not built yet (docs/threat-model.md).
 */
import { ModelError } from './errors.js';
import type { BewakingContext, SchrijfBewaking } from './spec.js';

type Data = Readonly<Record<string, unknown>>;

const tekst = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function weiger(pad: string): never {
  throw new ModelError('niet_de_auteur', pad);
}

/** Refuses unless the acting person (and, when both are known, their device) wrote it. */
function alleenAuteur(auteur: string | undefined, apparaat: unknown, ctx: BewakingContext, pad: string): void {
  if (auteur !== undefined && auteur !== ctx.actor.deelnemerId) weiger(pad);
  const eigenApparaat = ctx.actor.apparaatId;
  if (typeof apparaat === 'string' && eigenApparaat !== undefined && apparaat !== eigenApparaat) weiger(pad);
}

/** The writing device as a field value (left out when the caller runs without one, e.g. a test or an import). */
const apparaatVan = (ctx: BewakingContext): string | undefined => ctx.actor.apparaatId;

/**
 * A whole entity that is one person's statement. `auteur` names its author from the stored data
 * (undefined: nobody in particular, anyone may change it).
 */
function heleUitspraak(collectie: string, apparaatVeld: string, auteur: (data: Data, ctx: BewakingContext) => string | undefined): SchrijfBewaking {
  return {
    add(data, ctx) {
      if (data[apparaatVeld] !== undefined) throw new ModelError('ongeldige_invoer', `${collectie}.${apparaatVeld}`);
      alleenAuteur(auteur(data, ctx), undefined, ctx, collectie);
      return { [apparaatVeld]: apparaatVan(ctx) };
    },
    update(huidig, patch, ctx) {
      if (apparaatVeld in patch) throw new ModelError('ongeldige_invoer', `${collectie}.${apparaatVeld}`);
      alleenAuteur(auteur(huidig, ctx), huidig[apparaatVeld], ctx, collectie);
      // Nor may the author hand the statement to someone else.
      alleenAuteur(auteur({ ...huidig, ...patch }, ctx), undefined, ctx, collectie);
      return {};
    },
    remove(huidig, ctx) {
      alleenAuteur(auteur(huidig, ctx), huidig[apparaatVeld], ctx, collectie);
    },
  };
}

/** An expert's own gezinsprofiel position: theirs alone. */
export const profielStandpuntBewaking = heleUitspraak('profielStandpunten', 'auteurApparaatId', (d) => tekst(d['deelnemerId']));

/**
 * A view in a meningsverschil: a deelnemer's own view is theirs; a gezinslid's or network
 * member's view, which a professional writes down, belongs to whoever recorded it.
 */
export const standpuntBewaking = heleUitspraak('standpunten', 'auteurApparaatId', (d, ctx) => {
  const wie = tekst(d['wie']);
  if (wie !== undefined && ctx.isDeelnemer(wie)) return wie;
  return tekst(d['aangemaaktDoor']);
});

/**
 * Tegenspraak against a besluit: the besluit is the table's, the tegenspraak (who and what) is
 * the person's own. Nobody records it in another's name; only they change or withdraw it; a
 * besluit that carries someone else's tegenspraak is not removed (it would silence them).
 */
export const besluitBewaking: SchrijfBewaking = {
  add(data, ctx) {
    if (data['tegenspraakApparaatId'] !== undefined) throw new ModelError('ongeldige_invoer', 'besluiten.tegenspraakApparaatId');
    if (data['tegenspraak'] === undefined && data['tegenspraakDoor'] === undefined) return {};
    alleenAuteur(tekst(data['tegenspraakDoor']), undefined, ctx, 'besluiten.tegenspraak');
    return { tegenspraakDoor: ctx.actor.deelnemerId, tegenspraakApparaatId: apparaatVan(ctx) };
  },
  update(huidig, patch, ctx) {
    if ('tegenspraakApparaatId' in patch) throw new ModelError('ongeldige_invoer', 'besluiten.tegenspraakApparaatId');
    if (!('tegenspraak' in patch) && !('tegenspraakDoor' in patch)) return {};
    alleenAuteur(tekst(huidig['tegenspraakDoor']), huidig['tegenspraakApparaatId'], ctx, 'besluiten.tegenspraak');
    const nieuw = { ...huidig, ...patch };
    alleenAuteur(tekst(nieuw['tegenspraakDoor']), undefined, ctx, 'besluiten.tegenspraak');
    if (nieuw['tegenspraak'] === undefined) return { tegenspraakDoor: undefined, tegenspraakApparaatId: undefined };
    return { tegenspraakDoor: ctx.actor.deelnemerId, tegenspraakApparaatId: apparaatVan(ctx) };
  },
  remove(huidig, ctx) {
    alleenAuteur(tekst(huidig['tegenspraakDoor']), huidig['tegenspraakApparaatId'], ctx, 'besluiten.tegenspraak');
  },
};

const BEVESTIGING = ['vertrouwelijkheidBevestigd', 'vertrouwelijkheidBevestigdOp'] as const;

/**
 * Attendance is the chair's record; the confirmation of confidentiality in it is the attendee's
 * own (DOMAIN.md §4.2). A gezinslid or network member has no device at the table, and an observer's
 * device cannot write (the relay refuses it): the chair records theirs.
 */
const eigenBevestiging = (rij: Data, ctx: BewakingContext): string | undefined => {
  const wie = tekst(rij['wie']);
  if (wie === undefined || !ctx.isDeelnemer(wie)) return undefined;
  // The deelnemer's own roles decide, not the row's: nobody makes an expert an observer to sign for them.
  const rollen = ctx.rollenVan(wie);
  return rollen.length > 0 && rollen.every((r) => r === 'observer') ? undefined : wie;
};

export const aanwezigheidBewaking: SchrijfBewaking = {
  add(data, ctx) {
    if (data['vertrouwelijkheidApparaatId'] !== undefined) throw new ModelError('ongeldige_invoer', 'aanwezigheid.vertrouwelijkheidApparaatId');
    if (data['vertrouwelijkheidBevestigd'] !== true) return {};
    const wie = eigenBevestiging(data, ctx);
    if (wie !== undefined) alleenAuteur(wie, undefined, ctx, 'aanwezigheid.vertrouwelijkheidBevestigd');
    return { vertrouwelijkheidApparaatId: apparaatVan(ctx) };
  },
  update(huidig, patch, ctx) {
    if ('vertrouwelijkheidApparaatId' in patch) throw new ModelError('ongeldige_invoer', 'aanwezigheid.vertrouwelijkheidApparaatId');
    if (!BEVESTIGING.some((k) => k in patch)) return {};
    const wie = eigenBevestiging(huidig, ctx);
    if (wie !== undefined) alleenAuteur(wie, huidig['vertrouwelijkheidApparaatId'], ctx, 'aanwezigheid.vertrouwelijkheidBevestigd');
    const bevestigd = patch['vertrouwelijkheidBevestigd'] ?? huidig['vertrouwelijkheidBevestigd'];
    return { vertrouwelijkheidApparaatId: bevestigd === true ? apparaatVan(ctx) : undefined };
  },
};

/**
 * For the UI: true if the acting person may change or withdraw a statement whose author is
 * `auteur` (deelnemer id) and that was written on device `apparaat` (when recorded). The model
 * applies the same rule to every write.
 */
export function isEigenUitspraak(
  actor: { readonly deelnemerId: string; readonly apparaatId?: string },
  auteur: string | undefined,
  apparaat: string | undefined,
): boolean {
  if (auteur !== undefined && auteur !== actor.deelnemerId) return false;
  return apparaat === undefined || actor.apparaatId === undefined || apparaat === actor.apparaatId;
}
