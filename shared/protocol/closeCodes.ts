/**
 * Named close codes (WebSocket close frames) and error codes (`error` control messages). The
 * same numbers serve both: the relay closes the socket with one, or sends it in an `error`
 * message when the connection can go on. `reason` is short, English, and never holds content.
 */

/** One close/error code with its stable machine-readable reason. */
export interface CloseCode {
  readonly code: number;
  readonly reason: string;
}

export const CloseCodes = {
  /** The relay hit an unexpected error handling this connection; reconnect with backoff. */
  internalError: { code: 1011, reason: 'internal-error' },
  /** The relay is shutting down or restarting; reconnect with jittered backoff. */
  serviceRestart: { code: 1012, reason: 'service-restart' },
  /** Malformed frame or message, unknown kind, wrong room or sender; report and reconnect. */
  badRequest: { code: 4400, reason: 'bad-request' },
  /** No or bad signature, unknown device, wrong access key, login too slow; stop and tell the user. */
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  /** Removed device, observer write, non-admin action; stop and tell the user. */
  forbidden: { code: 4403, reason: 'forbidden' },
  /** Room or invite not found, or the invite was already used or revoked; stop and tell the user. */
  notFound: { code: 4404, reason: 'not-found' },
  /** The invite has expired; stop and tell the user. */
  inviteExpired: { code: 4408, reason: 'invite-expired' },
  /**
   * The room was erased by its chair; sent after an `erased` message with the signed erase entry,
   * which the client verifies before it deletes anything. Stop.
   */
  gone: { code: 4410, reason: 'gone' },
  /** Conflict (stale snapshot, stale epoch, room exists); sent as `error`, never a close. Rebuild and retry. */
  conflict: { code: 4409, reason: 'conflict' },
  /** Frame or message over its size limit; split or report. */
  tooLarge: { code: 4413, reason: 'too-large' },
  /** Protocol or envelope version not supported; tell the user to update. */
  unsupportedVersion: { code: 4426, reason: 'unsupported-version' },
  /** Too many frames, connections or rooms; back off. */
  rateLimited: { code: 4429, reason: 'rate-limited' },
} as const satisfies Record<string, CloseCode>;

/** Name of a close code in `CloseCodes`. */
export type CloseCodeName = keyof typeof CloseCodes;

/** The numeric codes the protocol uses. */
export type ProtocolCode = (typeof CloseCodes)[CloseCodeName]['code'];

const BY_CODE: ReadonlyMap<number, CloseCode> = new Map(Object.values(CloseCodes).map((c) => [c.code, c]));

/** The named code for a number, if the protocol defines it. */
export function closeCodeFor(code: number): CloseCode | undefined {
  return BY_CODE.get(code);
}

/**
 * True if a client should reconnect on its own after this close code: service restarts,
 * transport-level closes (1001, 1006, 1011) and rate limits. Everything else needs the user.
 */
export function shouldReconnect(code: number): boolean {
  return code === 1001 || code === 1006 || code === 1011 || code === 1012 || code === 1013 || code === 4400 || code === 4429;
}
