/**
 * The start screen: what Tafel is, the passphrase vault (browser version), the two ways in
 * (a new case, an invitation) and the cases already on this device.
 */
import { CaseViews } from './CaseViews.js';
import { useT } from '../i18n/useT.js';
import { JoinPanel } from './JoinPanel.js';
import { NewCasePanel } from './NewCasePanel.js';
import { useAppStore, type StartPanel, useDeviceSession } from '../store/index.js';
import { VaultPanel } from './VaultPanel.js';
import { OpenDemoButton } from './OpenDemoButton.js';
import { ProfilePanel } from './ProfilePanel.js';

export function StartScreen() {
  const t = useT();
  const openPanel = useAppStore((s) => s.openPanel);
  const showPanel = useAppStore((s) => s.showPanel);
  const closePanel = useAppStore((s) => s.closePanel);
  const phase = useDeviceSession((s) => s.phase);

  const action = (panel: Exclude<StartPanel, 'none'>, id: string, label: string, primary: boolean) => (
    <button
      id={id}
      type="button"
      className={`utrecht-button ${primary ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
      aria-expanded={openPanel === panel}
      aria-controls={openPanel === panel ? `panel-${panel}` : undefined}
      onClick={() => showPanel(openPanel === panel ? 'none' : panel)}
    >
      {label}
    </button>
  );

  return (
    <>
      <h1 className="utrecht-heading-1">{t('app.name')}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead tafel-intro">{t('app.intro')}</p>
      <VaultPanel />
      {phase === 'needs-profile' && <ProfilePanel />}
      <div className="utrecht-button-group tafel-actions" role="group" aria-label={t('start.actionsLabel')}>
        {action('new-case', 'action-new-case', t('start.newCase'), true)}
        {action('join', 'action-join', t('start.join'), false)}
        <OpenDemoButton />
      </div>
      {openPanel === 'new-case' && <NewCasePanel onClose={closePanel} />}
      {openPanel === 'join' && <JoinPanel onClose={closePanel} />}
      <CaseViews />
    </>
  );
}
