/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bankCatalogPlugin } from './build/bank-catalog-plugin.ts';
import { pwaPlugin } from './build/pwa.ts';
import { cspPlugin } from './build/csp-plugin.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    bankCatalogPlugin(path.join(root, 'question-banks')),
    cspPlugin(),
    pwaPlugin(),
  ],
  preview: { host: '127.0.0.1', strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
  },
});
