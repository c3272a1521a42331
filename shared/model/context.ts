/**
 * What the model needs from its caller to write: who is acting (for attribution, docs/domain.md §5),
 * a clock and an id generator. Passed in, so shared/ stays runtime-neutral and tests deterministic.
 */
import { uuidv4 } from 'lib0/random';

/** The person acting through the model: a deelnemer of the case and their organisation. */
export interface Actor {
  /** CasusDeelnemer id of the acting professional. */
  readonly deelnemerId: string;
  /** Organisatie id the actor writes on behalf of; becomes `bronOrgId` of what they add. */
  readonly orgId: string;
  /**
   * The device writing (the sync layer's device id, whose key signs its frames). Recorded on
   * personal statements (persoonlijk.ts), so only that device may change or withdraw them and a
   * receiving device can check a statement's author against the frame's signer.
   */
  readonly apparaatId?: string;
}

/** Ports for writing. */
export interface ModelContext {
  readonly actor: Actor;
  /** Current time as an ISO 8601 string. */
  now(): string;
  /** A fresh random id. */
  newId(): string;
}

/** A context with the real clock and random UUIDs (lib0's uuidv4 works in every runtime). */
export function defaultContext(actor: Actor): ModelContext {
  return { actor, now: () => new Date().toISOString(), newId: uuidv4 };
}
