/**
 * Entry point: find the host, read the device settings (for the language), then render.
 */
import './session/zodConfig.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import './styles/tafel-theme.css';
import './styles/app.css';
import './styles/workspace.css';
import { getHost } from './host/index.js';
import { useAppStore } from './store/index.js';
import { App } from './app/App.js';
import { DEFAULT_LANGUAGE, isLanguage, translate } from '../shared/i18n/i18n.js';

async function start(root: HTMLElement): Promise<void> {
  const host = getHost();
  const settings = await host.getSettings().catch(() => undefined);
  useAppStore.getState().setLanguage(isLanguage(settings?.language) ? settings.language : DEFAULT_LANGUAGE);
  createRoot(root).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root !== null) {
  start(root).catch((error: unknown) => {
    // Never the error's text on screen (it could carry anything); a calm sentence instead.
    console.error('Tafel failed to start', error instanceof Error ? error.name : typeof error);
    root.textContent = translate(DEFAULT_LANGUAGE, 'app.startFailed');
  });
}
