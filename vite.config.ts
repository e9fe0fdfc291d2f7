import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so dist/ can be served from any path (S3, GitHub Pages, a sub-folder).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
