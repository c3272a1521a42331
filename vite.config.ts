import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  // Absolute asset URLs: the app is served at the root of app://tafel/ (desktop) and of the relay,
  // and its invite route /join/<room>/<token> is two levels deep; './assets/…' would resolve there.
  base: '/',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
