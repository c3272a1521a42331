/** "Voorbeeldcasus openen": the fictional demo case, to look around without touching a real case. */
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { openDemoCase } from './openDemoCase.js';
import { useOpenCase } from '../store/index.js';

export function OpenDemoButton() {
  const t = useT();
  const open = useOpenCase((s) => s.open);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        id="action-open-demo"
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => {
          try {
            open(openDemoCase());
          } catch {
            setFailed(true);
          }
        }}
      >
        {t('workspace.openDemo')}
      </button>
      {failed && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('workspace.demoOpenFailed')}</p>
        </div>
      )}
    </>
  );
}
