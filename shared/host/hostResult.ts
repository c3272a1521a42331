/**
 * Building {@link HostResult} envelopes, and the one Dutch sentence per error code that a host
 * shows when it has nothing more specific to say. Messages never contain case content.
 */
import type { HostErrorCode, HostResult } from './hostApi.js';

/** Default user-facing message per error code (plain Dutch, no case content). */
export const hostErrorMessages: Readonly<Record<HostErrorCode, string>> = {
  'invalid-input': 'Dit verzoek klopt niet en is niet uitgevoerd.',
  'vault-locked': 'De kluis is vergrendeld. Ontgrendel hem eerst.',
  'vault-wrong-passphrase': 'Het wachtwoord voor de kluis klopt niet.',
  'vault-unavailable': 'Deze computer kan geen sleutels veilig bewaren: de sleutelbos van het besturingssysteem is niet beschikbaar.',
  cancelled: 'Geannuleerd.',
  'disk-full': 'De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.',
  'io-error': 'Lezen of schrijven is mislukt. Probeer het opnieuw.',
  unsupported: 'Dit kan niet op dit apparaat.',
};

/** A successful result. */
export function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

/** A failed result; `message` defaults to the code's standard sentence. */
export function fail<T = never>(code: HostErrorCode, message: string = hostErrorMessages[code]): HostResult<T> {
  return { ok: false, error: { code, message } };
}
