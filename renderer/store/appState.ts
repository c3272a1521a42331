/**
 * The shape of the UI/session state, one slice per concern. The types live here, apart from the
 * slice implementations (store/slices/), so the slices can see the whole state without an import cycle.
 */
import type { Language } from '../../shared/i18n/i18n.js';
import type { InviteLink } from '../../shared/sync/membership/inviteLink.js';

/**
 * - `unknown`: not asked yet;
 * - `new`: the passphrase vault has not been created on this device;
 * - `locked`: it exists and waits for the passphrase;
 * - `unlocked`: keys can be used (the desktop's OS keychain is always here).
 */
export type VaultState = 'unknown' | 'new' | 'locked' | 'unlocked';

/** An invite link the window was opened with: recognised (parsed) or not. */
export type PendingInvite = { readonly status: 'recognised'; readonly invite: InviteLink } | { readonly status: 'invalid' };

/** Session state: language, vault state, a pending invite. No case content, ever. */
export interface SessionSlice {
  readonly language: Language;
  readonly vaultState: VaultState;
  readonly pendingInvite: PendingInvite | null;
  setLanguage(language: Language): void;
  setVaultState(state: VaultState): void;
  setPendingInvite(invite: PendingInvite | null): void;
}

/** The start screen's panels. */
export type StartPanel = 'none' | 'new-case' | 'join';

/** How the start screen shows the cases: the list, Mijn tafel, or the region's figures. */
export type StartView = 'casussen' | 'mijnTafel' | 'cijfers';

/** UI state: which panel of the start screen is open, and which view of the cases. */
export interface UiSlice {
  readonly openPanel: StartPanel;
  readonly startView: StartView;
  showPanel(panel: StartPanel): void;
  closePanel(): void;
  showView(view: StartView): void;
}

export type AppState = SessionSlice & UiSlice;
