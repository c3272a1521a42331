/**
 * "Nieuwe casus": makes the case (on a relay, or only on this device), writes it with
 * shared/model `createCase` inside the session's document (the maker is the first deelnemer,
 * voorzitter, of their own organisation) and opens it.
 */
import { createCase, defaultContext } from '../../shared/model/index.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';
import type { RoomId } from '../../shared/protocol/ids.js';
import type { OpenedCase } from '../workspace/openedCase.js';
import { rememberDeelnemer } from './caseIdentity.js';
import { useDeviceSession } from '../store/index.js';
import { refreshCases } from './deviceSession.js';
import { openedCaseFrom } from './openSession.js';

export const GRONDSLAG_TYPES = ['wettelijke_taak', 'toestemming', 'vitaal_belang', 'overig'] as const;
export type GrondslagType = (typeof GRONDSLAG_TYPES)[number];

export type Sharing = { readonly kind: 'relay'; readonly relayUrl: string; readonly accessKey: string } | { readonly kind: 'local' };

export interface NewCaseInput {
  readonly titel: string;
  readonly regio: string;
  readonly grondslag: GrondslagType;
  readonly sharing: Sharing;
}

/** Why creating failed, in a kind the panel puts into words (never the error's own text). */
export type CreateProblem = 'relay-url' | 'access-refused' | 'unreachable' | 'failed';

export class CreateCaseError extends Error {
  constructor(readonly problem: CreateProblem) {
    super(`create case: ${problem}`);
  }
}

/** The relay URL of the page's own origin (the browser version is served by its relay). */
export function defaultRelayUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}

/** The kind of a failed create or publish at the relay. */
export function problemOf(error: unknown): CreateProblem {
  if (error instanceof TypeError) return 'relay-url';
  const message = error instanceof Error ? error.message : '';
  if (message === 'sync: unauthenticated' || message === 'sync: case-not-found') return 'access-refused';
  if (message === 'sync: unreachable') return 'unreachable';
  return 'failed';
}

async function startSession(input: NewCaseInput): Promise<CaseSession> {
  const client = useDeviceSession.getState().client;
  if (client === null) throw new CreateCaseError('failed');
  const options = { title: input.titel, status: 'aanmelding', fase: 'directe_veiligheid' };
  if (input.sharing.kind === 'local') return client.createLocalCase(options);
  try {
    return await client.createCase({ ...options, relayUrl: input.sharing.relayUrl, accessKey: input.sharing.accessKey });
  } catch (error) {
    throw new CreateCaseError(problemOf(error));
  }
}

/**
 * Shares a case kept only on this device: its room is created on the relay and everything
 * written so far is sent. The case must not be open. Returns it opened, now shared.
 */
export async function publishLocalCase(room: RoomId, relayUrl: string, accessKey: string): Promise<OpenedCase> {
  const client = useDeviceSession.getState().client;
  if (client === null) throw new CreateCaseError('failed');
  let session: CaseSession;
  try {
    session = await client.publishCase(room, { relayUrl, accessKey });
  } catch (error) {
    throw new CreateCaseError(problemOf(error));
  }
  const opened = await openedCaseFrom(session);
  await refreshCases();
  return opened;
}

/** Creates the case and returns it opened. */
export async function createNewCase(input: NewCaseInput): Promise<OpenedCase> {
  const { host, profile } = useDeviceSession.getState();
  if (host === null || profile === null) throw new CreateCaseError('failed');
  const session = await startSession(input);
  try {
    const ctx = defaultContext({ deelnemerId: '', orgId: '' });
    const deelnemerId = ctx.newId();
    const orgId = ctx.newId();
    const model = createCase(session.doc, defaultContext({ deelnemerId, orgId }), {
      titel: input.titel,
      regio: input.regio,
      grondslag: { type: input.grondslag },
      organisaties: [{ id: orgId, naam: profile.organisatie, type: profile.organisatietype }],
      aanbrengerOrgId: orgId,
      maker: { naam: profile.naam, ...(profile.functie === '' ? {} : { functie: profile.functie }), rollen: ['voorzitter'] },
    });
    model.meta.update({ voorzitterId: deelnemerId });
    await rememberDeelnemer(host.vault, session.room, deelnemerId);
    const opened = await openedCaseFrom(session);
    await refreshCases();
    return opened;
  } catch (error) {
    await session.destroy();
    throw error instanceof CreateCaseError ? error : new CreateCaseError('failed');
  }
}
