import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AppProvider } from './provider';
import './styles.css';

// Before any schema parses (the share link, autosave, presets): zod otherwise probes `new Function`,
// which the page's CSP (no 'unsafe-eval') blocks and reports. zod keeps its settings (what z.config()
// writes) in this global; setting it here avoids loading zod before the first paint.
const zodSettings = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodSettings.__zod_globalConfig = { ...zodSettings.__zod_globalConfig, jitless: true };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppProvider>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}
