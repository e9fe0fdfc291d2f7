import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preferJitlessZod } from '../core/model/zod-jitless';
import { App } from './app';
import { AppProvider } from './provider';
import './styles.css';

// Before any schema parses (the share link, autosave, presets): see preferJitlessZod.
preferJitlessZod();

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
