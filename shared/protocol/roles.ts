/**
 * Room roles. The relay enforces them on everything it can see: who may write frames, who may
 * invite, remove devices and rotate keys. It cannot enforce anything inside the ciphertext.
 */

/** Every role, most powerful first. */
export const ROLES = ['admin', 'member', 'observer'] as const;

/**
 * `admin`: the voorzitter (chair): invites, removes devices, rotates keys, reads the access log.
 * `member`: an expert who may write. `observer`: reads only; the relay refuses its SUBMIT frames.
 */
export type Role = (typeof ROLES)[number];

/** True if the role may SUBMIT frames that change the document (updates and snapshots). */
export function canWrite(role: Role): boolean {
  return role === 'admin' || role === 'member';
}

/** True if the role may invite, revoke invites, remove devices, rotate keys and read the access log. */
export function canAdminister(role: Role): boolean {
  return role === 'admin';
}

/** True if `value` names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
