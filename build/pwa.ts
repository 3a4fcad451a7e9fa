/**
 * The service worker and web app manifest: the app and every question bank are precached, so
 * after one visit the app works with the network off and can be installed. Updates wait for the
 * user (registerType 'prompt'); the app never offers one during an exam.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function pwaPlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Coding Exam Simulator',
      short_name: 'Coding Exams',
      description:
        'Practice exams for the CPC, CIC, CCS and CCA medical coding certifications, offline.',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#1d4e89',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // The banks are JS chunks of up to a few MB; they must be cached for offline mocks.
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
