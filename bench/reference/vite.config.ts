// The bare React page is built with the app's Vite setup: the same React plugin, default build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: path.dirname(fileURLToPath(import.meta.url)),
  plugins: [react()],
  preview: { host: '127.0.0.1', strictPort: true },
});
