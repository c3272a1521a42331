/**
 * The user's profile on this device: how they appear in cases (naam, organisatie) and what Tafel
 * fills in when they start or join a case (soort organisatie, functie). Asked once per device.
 *
 * Kept in the host's vault (encrypted at rest, next to the case keys), not in DeviceSettings:
 * the settings have room for a display name and organisation only, and a name tied to an
 * organisation is personal data that should not sit in plain device settings.
 */
import { z } from 'zod';
import type { HostVault } from '../../shared/host/hostApi.js';
import { ORGANISATIE_TYPES } from '../../shared/model/gezin.js';
import type { Profile } from '../store/deviceSessionState.js';

export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];
export { ORGANISATIE_TYPES };

const profileSchema = z.strictObject({
  naam: z.string().trim().min(1).max(120),
  organisatie: z.string().trim().min(1).max(120),
  organisatietype: z.enum(ORGANISATIE_TYPES),
  functie: z.string().trim().max(120),
}) satisfies z.ZodType<Profile>;

export type { Profile };

const PROFILE_KEY = 'tafel:profile:v1';

/** The saved profile, or null if none was saved (or it no longer reads). */
export async function loadProfile(vault: HostVault): Promise<Profile | null> {
  const stored = await vault.get(PROFILE_KEY);
  if (!stored.ok) throw new Error(`vault: ${stored.error.code}`);
  if (stored.value === null) return null;
  try {
    const parsed = profileSchema.safeParse(JSON.parse(new TextDecoder().decode(stored.value)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Checks and saves the profile; resolves with what was saved (trimmed). */
export async function saveProfile(vault: HostVault, input: Profile): Promise<Profile> {
  const profile = profileSchema.parse(input);
  const saved = await vault.put(PROFILE_KEY, new TextEncoder().encode(JSON.stringify(profile)));
  if (!saved.ok) throw new Error(`vault: ${saved.error.code}`);
  return profile;
}

/** True if the input would be accepted by `saveProfile`. */
export function isCompleteProfile(input: Profile): boolean {
  return profileSchema.safeParse(input).success;
}
