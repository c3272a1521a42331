/**
 * The application shell: skip link, header with the language switch, the main region and a
 * footer. Keeps <html lang> and the document title in step with the interface language, asks
 * the host for the vault's state, and listens for invite links.
 */
import { useEffect, useState } from 'react';
import type { HostApi } from '../../shared/host/hostApi.js';
import { parseInviteLink } from '../../shared/sync/membership/inviteLink.js';
import { isCreatableVault } from '../host/index.js';
import { useT } from '../i18n/useT.js';
import { useAppStore, type VaultState } from '../store/index.js';
import { HostContext } from '../host/hostContext.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { StartScreen } from '../startScreen/StartScreen.js';
import { useOpenCase } from '../store/index.js';
import { CaseWorkspace } from '../caseScreen/CaseWorkspace.js';
import { startDeviceSession } from '../session/deviceSession.js';

async function readVaultState(host: HostApi): Promise<VaultState> {
  if (await host.vault.isUnlocked()) return 'unlocked';
  // Only a passphrase vault asks the user anything; the OS keychain unlocks itself.
  if (host.capabilities.vault !== 'passphrase') return 'unlocked';
  return isCreatableVault(host.vault) && !(await host.vault.isCreated()) ? 'new' : 'locked';
}

export interface AppProps {
  readonly host: HostApi;
}

export function App({ host }: AppProps) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [version, setVersion] = useState<string | null>(null);
  const caseOpen = useOpenCase((s) => s.opened !== null);
  const vaultState = useAppStore((s) => s.vaultState);

  useEffect(() => {
    // The sync client needs the vault's keys: build it once the vault is open.
    if (vaultState === 'unlocked') void startDeviceSession(host);
  }, [vaultState, host]);

  useEffect(() => {
    document.documentElement.lang = language;
    if (!caseOpen) document.title = t('app.name');
  }, [language, t, caseOpen]);

  useEffect(() => {
    let live = true;
    // A host that cannot answer leaves the defaults in place (vault panel hidden, no version).
    readVaultState(host).then(
      (state) => live && useAppStore.getState().setVaultState(state),
      () => undefined,
    );
    host.getAppInfo().then(
      (info) => live && setVersion(info.version),
      () => undefined,
    );
    const unsubscribe = host.onDeepLink((url) => {
      const invite = parseInviteLink(url);
      const store = useAppStore.getState();
      store.setPendingInvite(invite === null ? { status: 'invalid' } : { status: 'recognised', invite });
      store.showPanel('join');
      // The join panel has the link now: keep its secret off the address bar (shared screens, history).
      if (window.location.pathname.startsWith('/join/')) window.history.replaceState(null, '', '/');
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host]);

  return (
    <HostContext value={host}>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t('app.skipLink')}
      </a>
      <header className="utrecht-page-header tafel-header">
        <div className="utrecht-page-header__content tafel-header__content">
          <span className="tafel-brand" aria-hidden="true">
            {t('app.name')}
          </span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body tafel-main">
        <div className="utrecht-page-body__content">{caseOpen ? <CaseWorkspace /> : <StartScreen />}</div>
      </main>
      <footer className="utrecht-page-footer tafel-footer">
        <div className="utrecht-page-footer__content">
          {version !== null && (
            <p className="utrecht-paragraph utrecht-paragraph--small">
              {host.capabilities.kind === 'desktop' ? t('app.footer.desktop', { version }) : t('app.footer.web', { version })}
            </p>
          )}
        </div>
      </footer>
    </HostContext>
  );
}
