/**
 * Moving a case through its course (levensloop.ts): a move to another phase, the triage decision,
 * a judgement of onveiligheid, the closing, an organisation's receipt of its final extract and the
 * term the shared copy is kept. Each writes entries in one transaction; where the case stands is
 * always read from them (levensloopStand.ts). Who may do what is the workspace's rule (the chair
 * moves and closes; an organisation's own member confirms its receipt), as everywhere in the case
 * document: the model refuses what it can check (a receipt for another organisation than the
 * actor's, a plain move into nazorg or afgesloten, a date before the current phase began).
 */
import type { z } from 'zod';
import type { ModelContext } from './context.js';
import type { Collection, CaseReader } from './entityStore.js';
import { ModelError } from './errors.js';
import {
  AFSLUITFASEN,
  type afsluitingen,
  type Afsluitreden,
  type faseOvergangen,
  type Levensfase,
  type onveiligheidsoordelen,
  type ontvangstbevestigingen,
  type triagebesluiten,
} from './levensloop.js';
import type { LevensloopStand } from './levensloopStand.js';
import { localOrigin } from './origins.js';

/** A move to another phase. */
export interface NaarFase {
  readonly naar: Levensfase;
  readonly datum: string;
  readonly reden: string;
  readonly overlegId?: string;
  /** What was still open (openBijAfsluiten.ts `openPuntZin`), and why the chair went on anyway. */
  readonly openBijOvergang?: readonly string[];
  readonly doorgaanReden?: string;
}

/** The closing of the case. */
export interface Afsluiten {
  readonly datum: string;
  readonly reden: Afsluitreden;
  /** The reason in words (also the move's reason). */
  readonly toelichting: string;
  readonly overgedragenAanOrgId?: string;
  readonly overgedragenAan?: string;
  readonly versieId?: string;
  readonly overlegId?: string;
  /** Follow-up checks; with none the case is closed at once, with some it goes into nazorg. */
  readonly nazorgMomenten?: readonly string[];
  readonly openBijOvergang?: readonly string[];
  readonly doorgaanReden?: string;
}

/** Reading and changing the case's course. */
export interface LevensloopAccess {
  stand(): LevensloopStand;
  /** Moves the case; returns the move's id. Back-steps are allowed (with their reason). */
  naarFase(input: NaarFase): string;
  /** Records the triage decision; returns its id. */
  triage(input: z.input<(typeof triagebesluiten)['schema']>): string;
  /** Records a judgement of acute and structurele onveiligheid; returns its id. */
  oordeelOnveiligheid(input: z.input<(typeof onveiligheidsoordelen)['schema']>): string;
  /** Closes the case (into nazorg when follow-up moments are given); returns the closing's id. */
  afsluiten(input: Afsluiten): string;
  /**
   * The actor's organisation confirms receipt of its final extract (or the handover) made from
   * version `versieId`; returns the confirmation's id (the existing one if it was confirmed before).
   */
  bevestigOntvangst(input: { versieId: string; stuk: 'einduittreksel' | 'overdracht'; vingerafdruk: string }): string;
}

interface Collections {
  readonly faseOvergangen: Collection<(typeof faseOvergangen)['schema']>;
  readonly triagebesluiten: Collection<(typeof triagebesluiten)['schema']>;
  readonly onveiligheidsoordelen: Collection<(typeof onveiligheidsoordelen)['schema']>;
  readonly afsluitingen: Collection<(typeof afsluitingen)['schema']>;
  readonly ontvangstbevestigingen: Collection<(typeof ontvangstbevestigingen)['schema']>;
}

const tekst = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
};

/** Builds the levensloop accessors; `stand` reads the whole case (the model it belongs to). */
export function createLevensloopAccess(reader: CaseReader, ctx: ModelContext, collections: Collections, stand: () => LevensloopStand): LevensloopAccess {
  const transact = (fn: () => string): string => {
    reader.assertWritable();
    let id = '';
    reader.doc.transact(() => {
      id = fn();
    }, localOrigin(ctx.actor.deelnemerId));
    return id;
  };
  const checkDatum = (nu: LevensloopStand, datum: string, pad: string): void => {
    if (nu.sinds !== undefined && datum < nu.sinds) throw new ModelError('ongeldige_invoer', pad);
  };
  const move = (nu: LevensloopStand, input: NaarFase & { afsluitingId?: string }): string =>
    collections.faseOvergangen.add({
      van: nu.fase,
      naar: input.naar,
      datum: input.datum,
      reden: tekst(input.reden) ?? '',
      overlegId: input.overlegId,
      vorigeId: nu.huidige?.id,
      openBijOvergang: [...(input.openBijOvergang ?? [])],
      doorgaanReden: tekst(input.doorgaanReden),
      afsluitingId: input.afsluitingId,
    });
  return {
    stand,
    naarFase(input) {
      const nu = stand();
      if (input.naar === nu.fase) throw new ModelError('ongeldige_invoer', 'faseOvergangen.naar');
      // Nazorg and afgesloten are reached by closing the case (with its reason and documents); only
      // the end of nazorg is a plain move.
      if (AFSLUITFASEN.includes(input.naar) && !(nu.fase === 'nazorg' && input.naar === 'afgesloten'))
        throw new ModelError('niet_toegestaan', 'faseOvergangen.naar');
      checkDatum(nu, input.datum, 'faseOvergangen.datum');
      return transact(() => move(nu, input));
    },
    triage(input) {
      if (input.besluit === 'niet_opnemen' && input.verwijzing === undefined) throw new ModelError('ongeldige_invoer', 'triagebesluiten.verwijzing');
      return collections.triagebesluiten.add({ ...input, onderbouwing: input.onderbouwing.trim() });
    },
    oordeelOnveiligheid(input) {
      return collections.onveiligheidsoordelen.add({ ...input, onderbouwing: input.onderbouwing.trim() });
    },
    afsluiten(input) {
      const nu = stand();
      if (AFSLUITFASEN.includes(nu.fase)) throw new ModelError('niet_toegestaan', 'afsluitingen');
      if (input.reden === 'overgedragen' && input.overgedragenAanOrgId === undefined && tekst(input.overgedragenAan) === undefined) {
        throw new ModelError('ongeldige_invoer', 'afsluitingen.overgedragenAan');
      }
      const momenten = [...new Set(input.nazorgMomenten ?? [])].sort();
      if (momenten.some((m) => m <= input.datum)) throw new ModelError('ongeldige_invoer', 'afsluitingen.nazorgMomenten');
      checkDatum(nu, input.datum, 'afsluitingen.datum');
      return transact(() => {
        const id = collections.afsluitingen.add({
          datum: input.datum,
          reden: input.reden,
          toelichting: tekst(input.toelichting),
          overgedragenAanOrgId: input.overgedragenAanOrgId,
          overgedragenAan: tekst(input.overgedragenAan),
          versieId: input.versieId,
          overlegId: input.overlegId,
          nazorgMomenten: momenten,
        });
        move(nu, {
          naar: momenten.length > 0 ? 'nazorg' : 'afgesloten',
          datum: input.datum,
          reden: input.toelichting,
          ...(input.overlegId === undefined ? {} : { overlegId: input.overlegId }),
          ...(input.openBijOvergang === undefined ? {} : { openBijOvergang: input.openBijOvergang }),
          ...(input.doorgaanReden === undefined ? {} : { doorgaanReden: input.doorgaanReden }),
          afsluitingId: id,
        });
        return id;
      });
    },
    bevestigOntvangst(input) {
      const orgId = ctx.actor.orgId;
      // Each organisation confirms its own receipt, on its own member's device.
      if (!reader.isLive('organisaties', orgId)) throw new ModelError('niet_toegestaan', 'ontvangstbevestigingen.organisatieId');
      const eerder = collections.ontvangstbevestigingen.list().find((b) => b.versieId === input.versieId && b.organisatieId === orgId && b.stuk === input.stuk);
      if (eerder !== undefined) return eerder.id;
      return collections.ontvangstbevestigingen.add({ ...input, organisatieId: orgId, bevestigdOp: ctx.now() });
    },
  };
}
